import { expect, test } from '@playwright/test';
import type { Locale } from '../src/i18n/languages';
import { ACCOUNTS, DEMO_PASSWORD, expectAccessible, gql, screenshot, signIn, text, tokenFor } from './support';

// Newcomer pages are built for a phone first.
test.use({ viewport: { width: 390, height: 844 } });

const MEMBERS = `query($id: ID!) { household(id: $id) { size members { fullName birthYear role gender educationLevel workExperienceYears aspirations professions { code } languages { language cefr } } } }`;

/**
 * A newcomer corrects what is registered about a member and adds a person (issue 12, "correct what the API allows"),
 * on households outside the browser tests' round (HH-000010 in Dutch, HH-000011 in Arabic), each with an account an
 * admin makes here. A problem is named at its field before anything is sent; what is saved is checked against the API:
 * the member's changes, the other members as they were, birth year and role untouched, the new person last.
 */
for (const [locale, reference] of [['nl', 'HH-000010'], ['ar', 'HH-000011']] as [Locale, string][]) {
  test(`a newcomer corrects a member's details and adds a person (${locale})`, async ({ page, request }) => {
    const officer = await tokenFor(request, ACCOUNTS.officer);
    const householdId = (await gql(request, 'query($r: String!) { householdByReference(reference: $r) { id } }', { r: reference }, officer)).householdByReference.id;
    const admin = await tokenFor(request, ACCOUNTS.admin);
    const email = `household-${locale}@demo.local`;
    await gql(request, 'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }', { input: { email, password: DEMO_PASSWORD, role: 'NEWCOMER', householdId } }, admin);
    const token = await tokenFor(request, email);
    const before = (await gql(request, MEMBERS, { id: householdId }, token)).household;
    const first = before.members[0];
    const name: string = first.fullName ?? text(locale, 'household.members.person').replace('{number}', '1');

    await signIn(page, locale, email);
    await page.getByRole('link', { name: text(locale, 'nav.newcomer.household') }).click();
    await page.getByRole('button', { name: text(locale, 'household.member.edit').replace('{name}', name) }).click();
    const form = page.getByRole('form', { name: text(locale, 'household.member.formTitle').replace('{name}', name) });
    const nameField = form.getByLabel(text(locale, 'household.member.fullName'), { exact: true });
    await expect(nameField).toBeFocused();
    await expectAccessible(page, locale);
    await screenshot(page, `${locale}-newcomer-member-form`);

    // a stored name may be changed, not removed: said at the field, nothing sent
    await nameField.fill('');
    await form.getByRole('button', { name: text(locale, 'household.member.save') }).click();
    await expect(form.getByText(text(locale, 'household.member.problem.fullName'))).toBeVisible();
    await expect(nameField).toBeFocused();
    await expect(nameField).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page, locale);
    expect((await gql(request, MEMBERS, { id: householdId }, token)).household).toEqual(before);

    // the corrections: a new name, one more language with its level, the years of work, a profession found by title
    const newName = `${name} Test`;
    await nameField.fill(newName);
    // the problem was about the empty name: it goes as soon as the name is typed again
    await expect(form.getByText(text(locale, 'household.member.problem.fullName'))).toHaveCount(0);
    await expect(nameField).not.toHaveAttribute('aria-invalid', 'true');
    const languages = first.languages.length;
    await form.getByRole('button', { name: text(locale, 'household.member.addLanguage') }).click();
    const row = form.getByRole('group', { name: text(locale, 'household.member.languageNumber').replace('{n}', String(languages + 1)) });
    const language = first.languages.some((l: { language: string }) => l.language === 'en') ? 'fr' : 'en';
    await row.getByLabel(text(locale, 'household.member.language'), { exact: true }).selectOption(language);
    await row.getByLabel(text(locale, 'household.member.level'), { exact: true }).selectOption('B1');
    // a phone's select cuts a long option: its whole text stands under it
    await expect(row.locator('.matching-chosen')).toHaveText(text(locale, 'household.cefr.B1'));
    await expect(row.locator('.matching-chosen')).toBeVisible();
    await form.getByLabel(text(locale, 'household.member.years')).fill(String(first.workExperienceYears + 2));
    await form.getByRole('searchbox').fill('lasser');
    await form.getByRole('button', { name: text(locale, 'occupation.find'), exact: true }).click();
    const choose = form.getByRole('button', { name: text(locale, 'occupation.add').replace('{what}', '') }).first();
    await expect(choose).toBeVisible();
    await choose.click();
    await screenshot(page, `${locale}-newcomer-member-form-filled`);
    await form.getByRole('button', { name: text(locale, 'household.member.save') }).click();
    await expect(page.getByText(text(locale, 'household.member.saved').replace('{name}', name))).toBeFocused();

    const after = (await gql(request, MEMBERS, { id: householdId }, token)).household;
    const corrected = after.members[0];
    expect(corrected.fullName).toBe(newName);
    expect(corrected.languages).toEqual(expect.arrayContaining([...first.languages, { language, cefr: 'B1' }]));
    expect(corrected.languages).toHaveLength(languages + 1);
    expect(corrected.workExperienceYears).toBe(first.workExperienceYears + 2);
    expect(corrected.professions).toHaveLength(first.professions.length + 1);
    expect(corrected.professions.slice(0, first.professions.length)).toEqual(first.professions);
    // the first search result the page offered (the API's search, without the member's own professions)
    const found = (await gql(request, 'query($s: String!) { occupations(search: $s, limit: 10) { code } }', { s: 'lasser' }, token)).occupations
      .filter((o: { code: string }) => !first.professions.some((p: { code: string }) => p.code === o.code));
    expect(corrected.professions.at(-1).code).toBe(found[0].code);
    expect({ birthYear: corrected.birthYear, role: corrected.role, gender: corrected.gender, educationLevel: corrected.educationLevel, aspirations: corrected.aspirations })
      .toEqual({ birthYear: first.birthYear, role: first.role, gender: first.gender, educationLevel: first.educationLevel, aspirations: first.aspirations });
    expect(after.members.slice(1)).toEqual(before.members.slice(1));
    await expect(page.getByRole('heading', { level: 3, name: newName })).toBeVisible();

    // a person added: a birth year in the future is refused at the field, then a baby born this year is added last
    const thisYear = new Date().getFullYear();
    await page.getByRole('button', { name: text(locale, 'household.add.open') }).click();
    const add = page.getByRole('form', { name: text(locale, 'household.add.title') });
    await expect(add.getByLabel(text(locale, 'household.member.fullName'), { exact: true })).toBeFocused();
    await add.getByLabel(text(locale, 'household.member.fullName'), { exact: true }).fill('Baby Test');
    await add.getByLabel(text(locale, 'household.add.birthYear')).fill(String(thisYear + 1));
    await add.getByRole('button', { name: text(locale, 'household.add.submit') }).click();
    await expect(add.getByText(text(locale, 'household.add.problem.birthYear'))).toBeVisible();
    await expect(add.getByLabel(text(locale, 'household.add.birthYear'))).toBeFocused();
    await add.getByLabel(text(locale, 'household.add.birthYear')).fill(String(thisYear));
    await expect(add.getByText(text(locale, 'household.add.problem.birthYear'))).toHaveCount(0);
    await add.getByLabel(text(locale, 'household.add.role')).selectOption('CHILD');
    await expectAccessible(page, locale);
    await screenshot(page, `${locale}-newcomer-add-person`);
    await add.getByRole('button', { name: text(locale, 'household.add.submit') }).click();
    await expect(page.getByText(text(locale, 'household.add.saved'))).toBeFocused();

    const added = (await gql(request, MEMBERS, { id: householdId }, token)).household;
    expect(added.size).toBe(before.size + 1);
    expect(added.members.slice(0, -1)).toEqual(after.members);
    expect(added.members.at(-1)).toMatchObject({ fullName: 'Baby Test', birthYear: thisYear, role: 'CHILD', professions: [], languages: [] });
    await expectAccessible(page, locale);
    await screenshot(page, `${locale}-newcomer-household-corrected`);
  });
}
