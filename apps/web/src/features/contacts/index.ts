/** The `contacts` feature: a program's contact person per participating organisation. */
export { ContactsSection } from './ContactsSection';
