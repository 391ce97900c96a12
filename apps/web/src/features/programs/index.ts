/** The `programs` feature: the list, one program, its form, status and events. */
export { programKeys, programQuery, useProgramChanged, usePrograms, useProgram } from './api';
export { applicationWindow } from './applicationWindow';
export { ProgramInSentence, ProgramText, programTextLang, useProgramTextLang } from './textLang';
export { ShareLink } from './ShareLink';
