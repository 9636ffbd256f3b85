import { graphql } from '../gql';

/** The signed-in account's unread messages (the navigation's count; refetched when messages are marked read). */
export const NOTIFICATION_COUNT = graphql(`
  query NotificationCount {
    myNotificationCount
  }
`);
