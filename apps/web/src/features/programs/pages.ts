/** The `programs` feature's pages: the routes load this entry lazily (its own chunk, decision 0160). */
export { EditProgramPage, NewProgramPage } from './ProgramFormPage';
export { ParticipationPage } from './ParticipationPage';
export { ProgramPage } from './ProgramPage';
export { ProgramsPage } from './ProgramsPage';
