/** The `programs` feature: the list, one program, its form, status and events. */
export { programKeys, programQuery, useProgramChanged, usePrograms, useProgram } from './api';
export { applicationWindow } from './applicationWindow';
export { EditProgramPage, NewProgramPage } from './ProgramFormPage';
export { ParticipationPage } from './ParticipationPage';
export { ProgramPage } from './ProgramPage';
export { ProgramsPage } from './ProgramsPage';
