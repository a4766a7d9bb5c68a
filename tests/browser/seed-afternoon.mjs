// The seed afternoon (../shared/seeds/000_*.txt) as the Dutch text announcement
// must print it: shared by the mouse-and-keyboard and the keyboard-only builds.
import assert from 'node:assert/strict';

// The seed's lines (000_*.txt) the announcement must print, with the seed's
// two slips written as the announcement rightly prints them: "16:30 uur"
// (elsewhere the seed writes "13.30 uur") and the weekday of the date
// (the seed gives it for the deadline but not for the date).
export const SEED_PROGRAMME = [
  '13.30 uur Ontvangst en inloop',
  '14.00 uur Welkom en kennismaking',
  'Presentatie magazine BuitensteBinnen',
  'Pauze',
  'Inhoudelijk deel met keuze uit 3 workshops:',
  '  • De coöperatieve wijkraad (geleid door de gemeente Groningen)',
  '  • DemoCreatiespel (geleid door Movisie en de 7Zebras)',
  '  • (o.v.) De rol van de gemeenteraad (geleid door griffie van gemeente Utrechtse Heuvelrug)',
  '16.30 uur Korte afsluiting en borrel',
];
// The event form's fields a person fills, in order (a blank day starts at
// 13:30 already, so only the end time is typed).
export const SEED_EVENT_FIELDS = [
  [/##ev-title$/, 'Bijeenkomst over veranderend lokaal samenspel'],
  [/##date$/, '19-6-2018'],
  [/##end$/, '17.30'],
  [/##venue-name$/, 'Mammoni'],
  [/##venue-address$/, 'Mariaplaats 14'],
  [/##venue-city$/, 'Utrecht'],
];
// The round's three workshops as a person types them: title, who leads
// (typed in the session's "Persoon" field), and whether it is tentative.
export const SEED_WORKSHOPS = [
  ['De coöperatieve wijkraad', ['de gemeente Groningen'], false],
  ['DemoCreatiespel', ['Movisie', 'de 7Zebras'], false],
  ['De rol van de gemeenteraad', ['griffie van gemeente Utrechtse Heuvelrug'], true],
];
export const SEED_PRACTICAL = [
  'Datum: dinsdag 19 juni 2018',
  'Tijd: 13.30-17.30 uur',
  'Locatie: Mammoni, Mariaplaats 14, Utrecht',
  'Toegang gratis',
  'Aanmelden vóór dinsdag 5 juni via Eveline Even, e.even@movisie.nl.',
];

// Lines of `text` between the heading `from` and the next blank-line-separated heading.
export function section(text, from) {
  const lines = text.split('\n');
  const start = lines.indexOf(from);
  assert.ok(start >= 0, `the announcement has a "${from}" heading:\n${text}`);
  const out = [];
  for (let i = start + 1; i < lines.length; i++) {
    if (lines[i] === '' && out.length > 0) break;
    if (lines[i] !== '') out.push(lines[i]);
  }
  return out;
}
