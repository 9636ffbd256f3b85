export { SeededRandom } from '#matching/random.js';
