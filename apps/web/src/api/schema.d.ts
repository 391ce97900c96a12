/**
 * Generated from the server's OpenAPI document by openapi-typescript. Do not edit:
 * change the contracts in packages/core and run `npm run api:generate`.
 */
export interface paths {
  '/api/accessibility-statement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              assessedOn: string;
              /** @enum {string} */
              assessmentMethod: 'self' | 'external';
              /** @enum {string} */
              complianceLevel: 'full' | 'partial' | 'none';
              /** @enum {string} */
              country: 'SE' | 'NO';
              feedbackEmail: string | null;
              feedbackUrl: string | null;
              knownGaps: ('pdfValidation' | 'pdfFont' | 'uploadedFiles')[];
              organisation: string;
              service: string;
              supervisor: {
                name: string;
                url: string;
              };
              updatedOn: string;
              url: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calendar-feeds/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/coordinator-candidates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
          q?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                name: string;
                /** Format: uuid */
                organisationId: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/event-answers/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          lang?: 'sv' | 'nb' | 'en';
        };
        header?: never;
        path: {
          token: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              cancelled: boolean;
              endsAt: string;
              invitation: {
                /** @enum {string|null} */
                attendance: 'attended' | 'absent' | null;
                /** @enum {string|null} */
                attendMode: 'physical' | 'digital' | null;
                /** @enum {string} */
                response: 'pending' | 'yes' | 'no' | 'maybe';
                waitlisted: boolean;
              };
              location: string | null;
              /** @enum {string} */
              mode: 'physical' | 'digital' | 'both';
              programName: string;
              startsAt: string;
              timeZone: string;
              title: string;
            };
          };
        };
      };
    };
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string|null} */
            attendMode?: 'physical' | 'digital' | null;
            /** @enum {string} */
            response: 'yes' | 'no' | 'maybe';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/invitations/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              email: string;
              expiresAt: string;
              name: string;
              organisationName: string;
              /** @enum {string} */
              status: 'pending' | 'expired' | 'accepted' | 'revoked';
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/invitations/{token}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            locale?: 'sv' | 'nb' | 'en';
            name: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              email: string;
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              can: {
                administerPlatform: boolean;
                answerProgramInvitations: boolean;
                createPrograms: boolean;
                manageOrganisation: boolean;
                managePeople: boolean;
                readMentorRegister: boolean;
                readOutbox: boolean;
                readPeople: boolean;
              };
              person: {
                /** Format: uuid */
                id: string;
                managerEmail: string | null;
                managerName: string | null;
                /** Format: uuid */
                organisationId: string;
                organisationName: string;
                roles: ('org_admin' | 'coordinator' | 'participant')[];
                title: string | null;
                /** Format: uuid */
                unitId: string | null;
                unitName: string | null;
              } | null;
              user: {
                email: string;
                id: string;
                /** @enum {string} */
                locale: 'sv' | 'nb' | 'en';
                name: string;
                platformAdmin: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            locale?: 'sv' | 'nb' | 'en';
            name?: string;
            title?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              can: {
                administerPlatform: boolean;
                answerProgramInvitations: boolean;
                createPrograms: boolean;
                manageOrganisation: boolean;
                managePeople: boolean;
                readMentorRegister: boolean;
                readOutbox: boolean;
                readPeople: boolean;
              };
              person: {
                /** Format: uuid */
                id: string;
                managerEmail: string | null;
                managerName: string | null;
                /** Format: uuid */
                organisationId: string;
                organisationName: string;
                roles: ('org_admin' | 'coordinator' | 'participant')[];
                title: string | null;
                /** Format: uuid */
                unitId: string | null;
                unitName: string | null;
              } | null;
              user: {
                email: string;
                id: string;
                /** @enum {string} */
                locale: 'sv' | 'nb' | 'en';
                name: string;
                platformAdmin: boolean;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/me/applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                answers: {
                  label: string;
                  /** Format: uuid */
                  questionId: string;
                  value: (string | string[] | number) | null;
                }[];
                /** Format: uuid */
                id: string;
                profile: {
                  availability?: string | null;
                  birthYear?: number | null;
                  /** @default [] */
                  competenceAreas: string[];
                  developmentGoals?: string | null;
                  /** @default [] */
                  interests: string[];
                  /** @default [] */
                  languages: string[];
                  location?: string | null;
                  /** @enum {string|null} */
                  meetingPreference?: 'digital' | 'physical' | 'either' | null;
                  mentorCapacity?: number | null;
                  staffResponsibility?: boolean | null;
                  title?: string | null;
                  /** @default [] */
                  tooClose: string[];
                  unitName?: string | null;
                  wishes?: string | null;
                  yearsAsManager?: number | null;
                };
                /** Format: uuid */
                programId: string;
                programLanguages: string[];
                programName: string;
                /** @enum {string} */
                programStatus: 'draft' | 'open' | 'selection' | 'matching' | 'running' | 'closed' | 'archived';
                /** @enum {string} */
                role: 'adept' | 'mentor';
                sensitive: {
                  consentAt: string;
                  deletesAt: string | null;
                  underRepresented: boolean;
                } | null;
                /** @enum {string} */
                status: 'draft' | 'submitted' | 'accepted' | 'waitlisted' | 'rejected' | 'withdrawn';
                submittedAt: string | null;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/applications/{applicationId}/sensitive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          applicationId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/calendar-feed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              active: boolean;
              createdAt: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              url: string;
              webcalUrl: string;
            };
          };
        };
      };
    };
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/home': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              coordinator: {
                applicationsWaiting: number;
                confirmationsPending: number;
                nextEvents: {
                  endsAt: string;
                  /** Format: uuid */
                  id: string;
                  startsAt: string;
                  timeZone: string;
                  title: string;
                  translations: {
                    [key: string]: {
                      description?: string | null;
                      title?: string | null;
                    };
                  };
                }[];
                pairsQuiet: number;
                pairsUnsigned: number;
                /** Format: uuid */
                programId: string;
                programLanguages: string[];
                programName: string;
                /** @enum {string} */
                programStatus: 'draft' | 'open' | 'selection' | 'matching' | 'running' | 'closed' | 'archived';
              }[];
              participant: {
                applications: {
                  /** Format: uuid */
                  applicationId: string;
                  /** @enum {string} */
                  next: 'submit' | 'managerConfirmation' | 'decision' | 'matching' | 'matched' | 'waitlisted' | 'rejected' | 'closed';
                  /** Format: uuid */
                  programId: string;
                  programLanguages: string[];
                  programName: string;
                  /** @enum {string} */
                  role: 'adept' | 'mentor';
                  /** @enum {string} */
                  status: 'draft' | 'submitted' | 'accepted' | 'waitlisted' | 'rejected' | 'withdrawn';
                }[];
                nextMeeting: {
                  at: string;
                  /** Format: uuid */
                  pairId: string;
                  partnerName: string;
                } | null;
                pairs: {
                  /** @enum {string} */
                  myResponse: 'pending' | 'accepted' | 'declined';
                  /** @enum {string} */
                  myRole: 'adept' | 'mentor';
                  nextMeetingAt: string | null;
                  /** Format: uuid */
                  pairId: string;
                  partner: {
                    name: string;
                    organisationName: string;
                    title: string | null;
                  };
                  /** Format: uuid */
                  programId: string;
                  programLanguages: string[];
                  programName: string;
                  /** @enum {string} */
                  status: 'published' | 'active';
                }[];
                tasks: {
                  count: number;
                  /** @enum {string} */
                  kind: 'answerMatch' | 'writeAgreement' | 'signAgreement' | 'bookFirstMeeting' | 'answerSurvey' | 'answerEvent';
                  /** Format: uuid */
                  pairId: string | null;
                  /** Format: uuid */
                  programId: string | null;
                  subject: string | null;
                }[];
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/surveys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              open: {
                closesAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'baseline' | 'fit' | 'pulse' | 'midpoint' | 'end' | 'followup6' | 'followup12' | 'event' | 'adhoc';
                programName: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/surveys/health-answers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              removed: number;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mentor-register': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          dir?: 'asc' | 'desc';
          freeCapacity?: 'true' | 'false';
          limit?: number;
          offset?: number;
          organisationId?: string;
          programId?: string;
          q?: string;
          sort?: 'name' | 'organisation' | 'title' | 'activePairs' | 'freeCapacity';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                activePairs: number;
                capacity: number;
                email: string;
                freeCapacity: number;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                programs: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  status: string;
                }[];
                title: string | null;
                trainings: {
                  completedOn: string;
                  name: string;
                  provider: string | null;
                  validUntil: string | null;
                }[];
              }[];
              organisations: {
                /** Format: uuid */
                id: string;
                name: string;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mentor-register/{personId}/trainings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          personId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            completedOn: string;
            name: string;
            provider?: string | null;
            /** Format: date */
            validUntil?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              activePairs: number;
              capacity: number;
              email: string;
              freeCapacity: number;
              name: string;
              organisationName: string;
              /** Format: uuid */
              personId: string;
              programs: {
                /** Format: uuid */
                id: string;
                name: string;
                status: string;
              }[];
              title: string | null;
              trainings: {
                completedOn: string;
                name: string;
                provider: string | null;
                validUntil: string | null;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mentor-register/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          dir?: 'asc' | 'desc';
          format?: 'csv' | 'xlsx';
          freeCapacity?: 'true' | 'false';
          organisationId?: string;
          programId?: string;
          q?: string;
          sort?: 'name' | 'organisation' | 'title' | 'activePairs' | 'freeCapacity';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mentor-register/trainings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            completedOn: string;
            name: string;
            personIds: string[];
            provider?: string | null;
            /** Format: date */
            validUntil?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              recorded: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mentorships': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adept: {
                email: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                title: string | null;
              };
              agenda: {
                /** @enum {string|null} */
                author: 'adept' | 'mentor' | null;
                createdAt: string;
                done: boolean;
                /** Format: uuid */
                id: string;
                text: string;
              }[];
              agreement: {
                adeptSignedAt: string | null;
                cadenceWeeksMax: number;
                cadenceWeeksMin: number;
                clauses: {
                  en: string;
                  key: string;
                  nb: string;
                  sv: string;
                }[];
                createdAt: string;
                goals: {
                  id: string;
                  text: string;
                }[];
                /** Format: uuid */
                id: string;
                meetingMinutes: number;
                mentorSignedAt: string | null;
                /** @enum {string} */
                mode: 'digital' | 'physical' | 'both';
                place: string | null;
                version: number;
              } | null;
              checkins: {
                /** @enum {string|null} */
                author: 'adept' | 'mentor' | null;
                comment: string | null;
                createdAt: string;
                goalId: string;
                /** Format: uuid */
                id: string;
                progress: number;
              }[];
              defaultClauses: {
                en: string;
                key: string;
                nb: string;
                sv: string;
              }[];
              endedAt: string | null;
              /** @enum {string|null} */
              endedBy: 'adept' | 'mentor' | 'program' | null;
              endReason: string | null;
              meetings: {
                durationMinutes: number;
                heldOn: string;
                /** Format: uuid */
                id: string;
                /** @enum {string|null} */
                loggedBy: 'adept' | 'mentor' | null;
                mode: string;
              }[];
              mentor: {
                email: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                title: string | null;
              };
              /** @enum {string|null} */
              myContinuation: 'continue' | 'end' | null;
              /** @enum {string} */
              myRole: 'adept' | 'mentor';
              nextMeetingAt: string | null;
              /** @enum {string|null} */
              otherContinuation: 'continue' | 'end' | null;
              /** Format: uuid */
              pairId: string;
              programClosed: boolean;
              programEndsOn: string | null;
              /** Format: uuid */
              programId: string;
              programLanguages: string[];
              programName: string;
              startedAt: string | null;
              /** @enum {string} */
              status: 'published' | 'active' | 'declined' | 'ended';
              suggestions: string[];
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mentorships/{pairId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          pairId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adept: {
                email: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                title: string | null;
              };
              agenda: {
                /** @enum {string|null} */
                author: 'adept' | 'mentor' | null;
                createdAt: string;
                done: boolean;
                /** Format: uuid */
                id: string;
                text: string;
              }[];
              agreement: {
                adeptSignedAt: string | null;
                cadenceWeeksMax: number;
                cadenceWeeksMin: number;
                clauses: {
                  en: string;
                  key: string;
                  nb: string;
                  sv: string;
                }[];
                createdAt: string;
                goals: {
                  id: string;
                  text: string;
                }[];
                /** Format: uuid */
                id: string;
                meetingMinutes: number;
                mentorSignedAt: string | null;
                /** @enum {string} */
                mode: 'digital' | 'physical' | 'both';
                place: string | null;
                version: number;
              } | null;
              checkins: {
                /** @enum {string|null} */
                author: 'adept' | 'mentor' | null;
                comment: string | null;
                createdAt: string;
                goalId: string;
                /** Format: uuid */
                id: string;
                progress: number;
              }[];
              defaultClauses: {
                en: string;
                key: string;
                nb: string;
                sv: string;
              }[];
              endedAt: string | null;
              /** @enum {string|null} */
              endedBy: 'adept' | 'mentor' | 'program' | null;
              endReason: string | null;
              meetings: {
                durationMinutes: number;
                heldOn: string;
                /** Format: uuid */
                id: string;
                /** @enum {string|null} */
                loggedBy: 'adept' | 'mentor' | null;
                mode: string;
              }[];
              mentor: {
                email: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                title: string | null;
              };
              /** @enum {string|null} */
              myContinuation: 'continue' | 'end' | null;
              /** @enum {string} */
              myRole: 'adept' | 'mentor';
              nextMeetingAt: string | null;
              /** @enum {string|null} */
              otherContinuation: 'continue' | 'end' | null;
              /** Format: uuid */
              pairId: string;
              programClosed: boolean;
              programEndsOn: string | null;
              /** Format: uuid */
              programId: string;
              programLanguages: string[];
              programName: string;
              startedAt: string | null;
              /** @enum {string} */
              status: 'published' | 'active' | 'declined' | 'ended';
              suggestions: string[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mentorships/{pairId}/agenda': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          pairId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            text: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adept: {
                email: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                title: string | null;
              };
              agenda: {
                /** @enum {string|null} */
                author: 'adept' | 'mentor' | null;
                createdAt: string;
                done: boolean;
                /** Format: uuid */
                id: string;
                text: string;
              }[];
              agreement: {
                adeptSignedAt: string | null;
                cadenceWeeksMax: number;
                cadenceWeeksMin: number;
                clauses: {
                  en: string;
                  key: string;
                  nb: string;
                  sv: string;
                }[];
                createdAt: string;
                goals: {
                  id: string;
                  text: string;
                }[];
                /** Format: uuid */
                id: string;
                meetingMinutes: number;
                mentorSignedAt: string | null;
                /** @enum {string} */
                mode: 'digital' | 'physical' | 'both';
                place: string | null;
                version: number;
              } | null;
              checkins: {
                /** @enum {string|null} */
                author: 'adept' | 'mentor' | null;
                comment: string | null;
                createdAt: string;
                goalId: string;
                /** Format: uuid */
                id: string;
                progress: number;
              }[];
              defaultClauses: {
                en: string;
                key: string;
                nb: string;
                sv: string;
              }[];
              endedAt: string | null;
              /** @enum {string|null} */
              endedBy: 'adept' | 'mentor' | 'program' | null;
              endReason: string | null;
              meetings: {
                durationMinutes: number;
                heldOn: string;
                /** Format: uuid */
                id: string;
                /** @enum {string|null} */
                loggedBy: 'adept' | 'mentor' | null;
                mode: string;
              }[];
              mentor: {
                email: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                title: string | null;
              };
              /** @enum {string|null} */
              myContinuation: 'continue' | 'end' | null;
              /** @enum {string} */
              myRole: 'adept' | 'mentor';
              nextMeetingAt: string | null;
              /** @enum {string|null} */
              otherContinuation: 'continue' | 'end' | null;
              /** Format: uuid */
              pairId: string;
              programClosed: boolean;
              programEndsOn: string | null;
              /** Format: uuid */
              programId: string;
              programLanguages: string[];
              programName: string;
              startedAt: string | null;
              /** @enum {string} */
              status: 'published' | 'active' | 'declined' | 'ended';
              suggestions: string[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mentorships/{pairId}/agenda/{itemId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          itemId: string;
          pairId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adept: {
                email: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                title: string | null;
              };
              agenda: {
                /** @enum {string|null} */
                author: 'adept' | 'mentor' | null;
                createdAt: string;
                done: boolean;
                /** Format: uuid */
                id: string;
                text: string;
              }[];
              agreement: {
                adeptSignedAt: string | null;
                cadenceWeeksMax: number;
                cadenceWeeksMin: number;
                clauses: {
                  en: string;
                  key: string;
                  nb: string;
                  sv: string;
                }[];
                createdAt: string;
                goals: {
                  id: string;
                  text: string;
                }[];
                /** Format: uuid */
                id: string;
                meetingMinutes: number;
                mentorSignedAt: string | null;
                /** @enum {string} */
                mode: 'digital' | 'physical' | 'both';
                place: string | null;
                version: number;
              } | null;
              checkins: {
                /** @enum {string|null} */
                author: 'adept' | 'mentor' | null;
                comment: string | null;
                createdAt: string;
                goalId: string;
                /** Format: uuid */
                id: string;
                progress: number;
              }[];
              defaultClauses: {
                en: string;
                key: string;
                nb: string;
                sv: string;
              }[];
              endedAt: string | null;
              /** @enum {string|null} */
              endedBy: 'adept' | 'mentor' | 'program' | null;
              endReason: string | null;
              meetings: {
                durationMinutes: number;
                heldOn: string;
                /** Format: uuid */
                id: string;
                /** @enum {string|null} */
                loggedBy: 'adept' | 'mentor' | null;
                mode: string;
              }[];
              mentor: {
                email: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                title: string | null;
              };
              /** @enum {string|null} */
              myContinuation: 'continue' | 'end' | null;
              /** @enum {string} */
              myRole: 'adept' | 'mentor';
              nextMeetingAt: string | null;
              /** @enum {string|null} */
              otherContinuation: 'continue' | 'end' | null;
              /** Format: uuid */
              pairId: string;
              programClosed: boolean;
              programEndsOn: string | null;
              /** Format: uuid */
              programId: string;
              programLanguages: string[];
              programName: string;
              startedAt: string | null;
              /** @enum {string} */
              status: 'published' | 'active' | 'declined' | 'ended';
              suggestions: string[];
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          itemId: string;
          pairId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            done: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adept: {
                email: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                title: string | null;
              };
              agenda: {
                /** @enum {string|null} */
                author: 'adept' | 'mentor' | null;
                createdAt: string;
                done: boolean;
                /** Format: uuid */
                id: string;
                text: string;
              }[];
              agreement: {
                adeptSignedAt: string | null;
                cadenceWeeksMax: number;
                cadenceWeeksMin: number;
                clauses: {
                  en: string;
                  key: string;
                  nb: string;
                  sv: string;
                }[];
                createdAt: string;
                goals: {
                  id: string;
                  text: string;
                }[];
                /** Format: uuid */
                id: string;
                meetingMinutes: number;
                mentorSignedAt: string | null;
                /** @enum {string} */
                mode: 'digital' | 'physical' | 'both';
                place: string | null;
                version: number;
              } | null;
              checkins: {
                /** @enum {string|null} */
                author: 'adept' | 'mentor' | null;
                comment: string | null;
                createdAt: string;
                goalId: string;
                /** Format: uuid */
                id: string;
                progress: number;
              }[];
              defaultClauses: {
                en: string;
                key: string;
                nb: string;
                sv: string;
              }[];
              endedAt: string | null;
              /** @enum {string|null} */
              endedBy: 'adept' | 'mentor' | 'program' | null;
              endReason: string | null;
              meetings: {
                durationMinutes: number;
                heldOn: string;
                /** Format: uuid */
                id: string;
                /** @enum {string|null} */
                loggedBy: 'adept' | 'mentor' | null;
                mode: string;
              }[];
              mentor: {
                email: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                title: string | null;
              };
              /** @enum {string|null} */
              myContinuation: 'continue' | 'end' | null;
              /** @enum {string} */
              myRole: 'adept' | 'mentor';
              nextMeetingAt: string | null;
              /** @enum {string|null} */
              otherContinuation: 'continue' | 'end' | null;
              /** Format: uuid */
              pairId: string;
              programClosed: boolean;
              programEndsOn: string | null;
              /** Format: uuid */
              programId: string;
              programLanguages: string[];
              programName: string;
              startedAt: string | null;
              /** @enum {string} */
              status: 'published' | 'active' | 'declined' | 'ended';
              suggestions: string[];
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/mentorships/{pairId}/agreement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          pairId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            cadenceWeeksMax: number;
            cadenceWeeksMin: number;
            goals: string[];
            meetingMinutes: number;
            /** @enum {string} */
            mode: 'digital' | 'physical' | 'both';
            place?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adept: {
                email: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                title: string | null;
              };
              agenda: {
                /** @enum {string|null} */
                author: 'adept' | 'mentor' | null;
                createdAt: string;
                done: boolean;
                /** Format: uuid */
                id: string;
                text: string;
              }[];
              agreement: {
                adeptSignedAt: string | null;
                cadenceWeeksMax: number;
                cadenceWeeksMin: number;
                clauses: {
                  en: string;
                  key: string;
                  nb: string;
                  sv: string;
                }[];
                createdAt: string;
                goals: {
                  id: string;
                  text: string;
                }[];
                /** Format: uuid */
                id: string;
                meetingMinutes: number;
                mentorSignedAt: string | null;
                /** @enum {string} */
                mode: 'digital' | 'physical' | 'both';
                place: string | null;
                version: number;
              } | null;
              checkins: {
                /** @enum {string|null} */
                author: 'adept' | 'mentor' | null;
                comment: string | null;
                createdAt: string;
                goalId: string;
                /** Format: uuid */
                id: string;
                progress: number;
              }[];
              defaultClauses: {
                en: string;
                key: string;
                nb: string;
                sv: string;
              }[];
              endedAt: string | null;
              /** @enum {string|null} */
              endedBy: 'adept' | 'mentor' | 'program' | null;
              endReason: string | null;
              meetings: {
                durationMinutes: number;
                heldOn: string;
                /** Format: uuid */
                id: string;
                /** @enum {string|null} */
                loggedBy: 'adept' | 'mentor' | null;
                mode: string;
              }[];
              mentor: {
                email: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                title: string | null;
              };
              /** @enum {string|null} */
              myContinuation: 'continue' | 'end' | null;
              /** @enum {string} */
              myRole: 'adept' | 'mentor';
              nextMeetingAt: string | null;
              /** @enum {string|null} */
              otherContinuation: 'continue' | 'end' | null;
              /** Format: uuid */
              pairId: string;
              programClosed: boolean;
              programEndsOn: string | null;
              /** Format: uuid */
              programId: string;
              programLanguages: string[];
              programName: string;
              startedAt: string | null;
              /** @enum {string} */
              status: 'published' | 'active' | 'declined' | 'ended';
              suggestions: string[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mentorships/{pairId}/agreement.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          lang?: 'sv' | 'nb' | 'en';
        };
        header?: never;
        path: {
          pairId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mentorships/{pairId}/agreement/sign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          pairId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adept: {
                email: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                title: string | null;
              };
              agenda: {
                /** @enum {string|null} */
                author: 'adept' | 'mentor' | null;
                createdAt: string;
                done: boolean;
                /** Format: uuid */
                id: string;
                text: string;
              }[];
              agreement: {
                adeptSignedAt: string | null;
                cadenceWeeksMax: number;
                cadenceWeeksMin: number;
                clauses: {
                  en: string;
                  key: string;
                  nb: string;
                  sv: string;
                }[];
                createdAt: string;
                goals: {
                  id: string;
                  text: string;
                }[];
                /** Format: uuid */
                id: string;
                meetingMinutes: number;
                mentorSignedAt: string | null;
                /** @enum {string} */
                mode: 'digital' | 'physical' | 'both';
                place: string | null;
                version: number;
              } | null;
              checkins: {
                /** @enum {string|null} */
                author: 'adept' | 'mentor' | null;
                comment: string | null;
                createdAt: string;
                goalId: string;
                /** Format: uuid */
                id: string;
                progress: number;
              }[];
              defaultClauses: {
                en: string;
                key: string;
                nb: string;
                sv: string;
              }[];
              endedAt: string | null;
              /** @enum {string|null} */
              endedBy: 'adept' | 'mentor' | 'program' | null;
              endReason: string | null;
              meetings: {
                durationMinutes: number;
                heldOn: string;
                /** Format: uuid */
                id: string;
                /** @enum {string|null} */
                loggedBy: 'adept' | 'mentor' | null;
                mode: string;
              }[];
              mentor: {
                email: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                title: string | null;
              };
              /** @enum {string|null} */
              myContinuation: 'continue' | 'end' | null;
              /** @enum {string} */
              myRole: 'adept' | 'mentor';
              nextMeetingAt: string | null;
              /** @enum {string|null} */
              otherContinuation: 'continue' | 'end' | null;
              /** Format: uuid */
              pairId: string;
              programClosed: boolean;
              programEndsOn: string | null;
              /** Format: uuid */
              programId: string;
              programLanguages: string[];
              programName: string;
              startedAt: string | null;
              /** @enum {string} */
              status: 'published' | 'active' | 'declined' | 'ended';
              suggestions: string[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mentorships/{pairId}/checkins': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          pairId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            comment?: string | null;
            goalId: string;
            progress: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adept: {
                email: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                title: string | null;
              };
              agenda: {
                /** @enum {string|null} */
                author: 'adept' | 'mentor' | null;
                createdAt: string;
                done: boolean;
                /** Format: uuid */
                id: string;
                text: string;
              }[];
              agreement: {
                adeptSignedAt: string | null;
                cadenceWeeksMax: number;
                cadenceWeeksMin: number;
                clauses: {
                  en: string;
                  key: string;
                  nb: string;
                  sv: string;
                }[];
                createdAt: string;
                goals: {
                  id: string;
                  text: string;
                }[];
                /** Format: uuid */
                id: string;
                meetingMinutes: number;
                mentorSignedAt: string | null;
                /** @enum {string} */
                mode: 'digital' | 'physical' | 'both';
                place: string | null;
                version: number;
              } | null;
              checkins: {
                /** @enum {string|null} */
                author: 'adept' | 'mentor' | null;
                comment: string | null;
                createdAt: string;
                goalId: string;
                /** Format: uuid */
                id: string;
                progress: number;
              }[];
              defaultClauses: {
                en: string;
                key: string;
                nb: string;
                sv: string;
              }[];
              endedAt: string | null;
              /** @enum {string|null} */
              endedBy: 'adept' | 'mentor' | 'program' | null;
              endReason: string | null;
              meetings: {
                durationMinutes: number;
                heldOn: string;
                /** Format: uuid */
                id: string;
                /** @enum {string|null} */
                loggedBy: 'adept' | 'mentor' | null;
                mode: string;
              }[];
              mentor: {
                email: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                title: string | null;
              };
              /** @enum {string|null} */
              myContinuation: 'continue' | 'end' | null;
              /** @enum {string} */
              myRole: 'adept' | 'mentor';
              nextMeetingAt: string | null;
              /** @enum {string|null} */
              otherContinuation: 'continue' | 'end' | null;
              /** Format: uuid */
              pairId: string;
              programClosed: boolean;
              programEndsOn: string | null;
              /** Format: uuid */
              programId: string;
              programLanguages: string[];
              programName: string;
              startedAt: string | null;
              /** @enum {string} */
              status: 'published' | 'active' | 'declined' | 'ended';
              suggestions: string[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mentorships/{pairId}/continuation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          pairId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            choice: 'continue' | 'end';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adept: {
                email: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                title: string | null;
              };
              agenda: {
                /** @enum {string|null} */
                author: 'adept' | 'mentor' | null;
                createdAt: string;
                done: boolean;
                /** Format: uuid */
                id: string;
                text: string;
              }[];
              agreement: {
                adeptSignedAt: string | null;
                cadenceWeeksMax: number;
                cadenceWeeksMin: number;
                clauses: {
                  en: string;
                  key: string;
                  nb: string;
                  sv: string;
                }[];
                createdAt: string;
                goals: {
                  id: string;
                  text: string;
                }[];
                /** Format: uuid */
                id: string;
                meetingMinutes: number;
                mentorSignedAt: string | null;
                /** @enum {string} */
                mode: 'digital' | 'physical' | 'both';
                place: string | null;
                version: number;
              } | null;
              checkins: {
                /** @enum {string|null} */
                author: 'adept' | 'mentor' | null;
                comment: string | null;
                createdAt: string;
                goalId: string;
                /** Format: uuid */
                id: string;
                progress: number;
              }[];
              defaultClauses: {
                en: string;
                key: string;
                nb: string;
                sv: string;
              }[];
              endedAt: string | null;
              /** @enum {string|null} */
              endedBy: 'adept' | 'mentor' | 'program' | null;
              endReason: string | null;
              meetings: {
                durationMinutes: number;
                heldOn: string;
                /** Format: uuid */
                id: string;
                /** @enum {string|null} */
                loggedBy: 'adept' | 'mentor' | null;
                mode: string;
              }[];
              mentor: {
                email: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                title: string | null;
              };
              /** @enum {string|null} */
              myContinuation: 'continue' | 'end' | null;
              /** @enum {string} */
              myRole: 'adept' | 'mentor';
              nextMeetingAt: string | null;
              /** @enum {string|null} */
              otherContinuation: 'continue' | 'end' | null;
              /** Format: uuid */
              pairId: string;
              programClosed: boolean;
              programEndsOn: string | null;
              /** Format: uuid */
              programId: string;
              programLanguages: string[];
              programName: string;
              startedAt: string | null;
              /** @enum {string} */
              status: 'published' | 'active' | 'declined' | 'ended';
              suggestions: string[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mentorships/{pairId}/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          pairId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adept: {
                email: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                title: string | null;
              };
              agenda: {
                /** @enum {string|null} */
                author: 'adept' | 'mentor' | null;
                createdAt: string;
                done: boolean;
                /** Format: uuid */
                id: string;
                text: string;
              }[];
              agreement: {
                adeptSignedAt: string | null;
                cadenceWeeksMax: number;
                cadenceWeeksMin: number;
                clauses: {
                  en: string;
                  key: string;
                  nb: string;
                  sv: string;
                }[];
                createdAt: string;
                goals: {
                  id: string;
                  text: string;
                }[];
                /** Format: uuid */
                id: string;
                meetingMinutes: number;
                mentorSignedAt: string | null;
                /** @enum {string} */
                mode: 'digital' | 'physical' | 'both';
                place: string | null;
                version: number;
              } | null;
              checkins: {
                /** @enum {string|null} */
                author: 'adept' | 'mentor' | null;
                comment: string | null;
                createdAt: string;
                goalId: string;
                /** Format: uuid */
                id: string;
                progress: number;
              }[];
              defaultClauses: {
                en: string;
                key: string;
                nb: string;
                sv: string;
              }[];
              endedAt: string | null;
              /** @enum {string|null} */
              endedBy: 'adept' | 'mentor' | 'program' | null;
              endReason: string | null;
              meetings: {
                durationMinutes: number;
                heldOn: string;
                /** Format: uuid */
                id: string;
                /** @enum {string|null} */
                loggedBy: 'adept' | 'mentor' | null;
                mode: string;
              }[];
              mentor: {
                email: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                title: string | null;
              };
              /** @enum {string|null} */
              myContinuation: 'continue' | 'end' | null;
              /** @enum {string} */
              myRole: 'adept' | 'mentor';
              nextMeetingAt: string | null;
              /** @enum {string|null} */
              otherContinuation: 'continue' | 'end' | null;
              /** Format: uuid */
              pairId: string;
              programClosed: boolean;
              programEndsOn: string | null;
              /** Format: uuid */
              programId: string;
              programLanguages: string[];
              programName: string;
              startedAt: string | null;
              /** @enum {string} */
              status: 'published' | 'active' | 'declined' | 'ended';
              suggestions: string[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mentorships/{pairId}/meetings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          pairId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            durationMinutes: number;
            heldOn: string;
            /** @enum {string} */
            mode: 'digital' | 'physical';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adept: {
                email: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                title: string | null;
              };
              agenda: {
                /** @enum {string|null} */
                author: 'adept' | 'mentor' | null;
                createdAt: string;
                done: boolean;
                /** Format: uuid */
                id: string;
                text: string;
              }[];
              agreement: {
                adeptSignedAt: string | null;
                cadenceWeeksMax: number;
                cadenceWeeksMin: number;
                clauses: {
                  en: string;
                  key: string;
                  nb: string;
                  sv: string;
                }[];
                createdAt: string;
                goals: {
                  id: string;
                  text: string;
                }[];
                /** Format: uuid */
                id: string;
                meetingMinutes: number;
                mentorSignedAt: string | null;
                /** @enum {string} */
                mode: 'digital' | 'physical' | 'both';
                place: string | null;
                version: number;
              } | null;
              checkins: {
                /** @enum {string|null} */
                author: 'adept' | 'mentor' | null;
                comment: string | null;
                createdAt: string;
                goalId: string;
                /** Format: uuid */
                id: string;
                progress: number;
              }[];
              defaultClauses: {
                en: string;
                key: string;
                nb: string;
                sv: string;
              }[];
              endedAt: string | null;
              /** @enum {string|null} */
              endedBy: 'adept' | 'mentor' | 'program' | null;
              endReason: string | null;
              meetings: {
                durationMinutes: number;
                heldOn: string;
                /** Format: uuid */
                id: string;
                /** @enum {string|null} */
                loggedBy: 'adept' | 'mentor' | null;
                mode: string;
              }[];
              mentor: {
                email: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                title: string | null;
              };
              /** @enum {string|null} */
              myContinuation: 'continue' | 'end' | null;
              /** @enum {string} */
              myRole: 'adept' | 'mentor';
              nextMeetingAt: string | null;
              /** @enum {string|null} */
              otherContinuation: 'continue' | 'end' | null;
              /** Format: uuid */
              pairId: string;
              programClosed: boolean;
              programEndsOn: string | null;
              /** Format: uuid */
              programId: string;
              programLanguages: string[];
              programName: string;
              startedAt: string | null;
              /** @enum {string} */
              status: 'published' | 'active' | 'declined' | 'ended';
              suggestions: string[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mentorships/{pairId}/meetings/{meetingId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          meetingId: string;
          pairId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adept: {
                email: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                title: string | null;
              };
              agenda: {
                /** @enum {string|null} */
                author: 'adept' | 'mentor' | null;
                createdAt: string;
                done: boolean;
                /** Format: uuid */
                id: string;
                text: string;
              }[];
              agreement: {
                adeptSignedAt: string | null;
                cadenceWeeksMax: number;
                cadenceWeeksMin: number;
                clauses: {
                  en: string;
                  key: string;
                  nb: string;
                  sv: string;
                }[];
                createdAt: string;
                goals: {
                  id: string;
                  text: string;
                }[];
                /** Format: uuid */
                id: string;
                meetingMinutes: number;
                mentorSignedAt: string | null;
                /** @enum {string} */
                mode: 'digital' | 'physical' | 'both';
                place: string | null;
                version: number;
              } | null;
              checkins: {
                /** @enum {string|null} */
                author: 'adept' | 'mentor' | null;
                comment: string | null;
                createdAt: string;
                goalId: string;
                /** Format: uuid */
                id: string;
                progress: number;
              }[];
              defaultClauses: {
                en: string;
                key: string;
                nb: string;
                sv: string;
              }[];
              endedAt: string | null;
              /** @enum {string|null} */
              endedBy: 'adept' | 'mentor' | 'program' | null;
              endReason: string | null;
              meetings: {
                durationMinutes: number;
                heldOn: string;
                /** Format: uuid */
                id: string;
                /** @enum {string|null} */
                loggedBy: 'adept' | 'mentor' | null;
                mode: string;
              }[];
              mentor: {
                email: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                title: string | null;
              };
              /** @enum {string|null} */
              myContinuation: 'continue' | 'end' | null;
              /** @enum {string} */
              myRole: 'adept' | 'mentor';
              nextMeetingAt: string | null;
              /** @enum {string|null} */
              otherContinuation: 'continue' | 'end' | null;
              /** Format: uuid */
              pairId: string;
              programClosed: boolean;
              programEndsOn: string | null;
              /** Format: uuid */
              programId: string;
              programLanguages: string[];
              programName: string;
              startedAt: string | null;
              /** @enum {string} */
              status: 'published' | 'active' | 'declined' | 'ended';
              suggestions: string[];
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mentorships/{pairId}/next-meeting': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          pairId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            nextMeetingAt: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adept: {
                email: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                title: string | null;
              };
              agenda: {
                /** @enum {string|null} */
                author: 'adept' | 'mentor' | null;
                createdAt: string;
                done: boolean;
                /** Format: uuid */
                id: string;
                text: string;
              }[];
              agreement: {
                adeptSignedAt: string | null;
                cadenceWeeksMax: number;
                cadenceWeeksMin: number;
                clauses: {
                  en: string;
                  key: string;
                  nb: string;
                  sv: string;
                }[];
                createdAt: string;
                goals: {
                  id: string;
                  text: string;
                }[];
                /** Format: uuid */
                id: string;
                meetingMinutes: number;
                mentorSignedAt: string | null;
                /** @enum {string} */
                mode: 'digital' | 'physical' | 'both';
                place: string | null;
                version: number;
              } | null;
              checkins: {
                /** @enum {string|null} */
                author: 'adept' | 'mentor' | null;
                comment: string | null;
                createdAt: string;
                goalId: string;
                /** Format: uuid */
                id: string;
                progress: number;
              }[];
              defaultClauses: {
                en: string;
                key: string;
                nb: string;
                sv: string;
              }[];
              endedAt: string | null;
              /** @enum {string|null} */
              endedBy: 'adept' | 'mentor' | 'program' | null;
              endReason: string | null;
              meetings: {
                durationMinutes: number;
                heldOn: string;
                /** Format: uuid */
                id: string;
                /** @enum {string|null} */
                loggedBy: 'adept' | 'mentor' | null;
                mode: string;
              }[];
              mentor: {
                email: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                title: string | null;
              };
              /** @enum {string|null} */
              myContinuation: 'continue' | 'end' | null;
              /** @enum {string} */
              myRole: 'adept' | 'mentor';
              nextMeetingAt: string | null;
              /** @enum {string|null} */
              otherContinuation: 'continue' | 'end' | null;
              /** Format: uuid */
              pairId: string;
              programClosed: boolean;
              programEndsOn: string | null;
              /** Format: uuid */
              programId: string;
              programLanguages: string[];
              programName: string;
              startedAt: string | null;
              /** @enum {string} */
              status: 'published' | 'active' | 'declined' | 'ended';
              suggestions: string[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mentorships/{pairId}/next-meeting.ics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          pairId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mentorships/{pairId}/notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          pairId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              /** Format: uuid */
              id: string;
              text: string;
              updatedAt: string;
            }[];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          pairId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            text: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              /** Format: uuid */
              id: string;
              text: string;
              updatedAt: string;
            }[];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mentorships/{pairId}/notes/{noteId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          noteId: string;
          pairId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              /** Format: uuid */
              id: string;
              text: string;
              updatedAt: string;
            }[];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          noteId: string;
          pairId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            text: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              /** Format: uuid */
              id: string;
              text: string;
              updatedAt: string;
            }[];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/organisations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              can: {
                manage: boolean;
                managePeople: boolean;
                readPeople: boolean;
              };
              /** @enum {string} */
              country: 'SE' | 'NO';
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'agency' | 'city' | 'ministry' | 'network' | 'other';
              name: string;
              peopleCount: number;
              unitCount: number;
            }[];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            country: 'SE' | 'NO';
            /** @enum {string} */
            kind: 'agency' | 'city' | 'ministry' | 'network' | 'other';
            name: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              can: {
                manage: boolean;
                managePeople: boolean;
                readPeople: boolean;
              };
              /** @enum {string} */
              country: 'SE' | 'NO';
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'agency' | 'city' | 'ministry' | 'network' | 'other';
              name: string;
              peopleCount: number;
              unitCount: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{orgId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              can: {
                manage: boolean;
                managePeople: boolean;
                readPeople: boolean;
              };
              /** @enum {string} */
              country: 'SE' | 'NO';
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'agency' | 'city' | 'ministry' | 'network' | 'other';
              name: string;
              peopleCount: number;
              unitCount: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            country?: 'SE' | 'NO';
            /** @enum {string} */
            kind?: 'agency' | 'city' | 'ministry' | 'network' | 'other';
            name?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              can: {
                manage: boolean;
                managePeople: boolean;
                readPeople: boolean;
              };
              /** @enum {string} */
              country: 'SE' | 'NO';
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'agency' | 'city' | 'ministry' | 'network' | 'other';
              name: string;
              peopleCount: number;
              unitCount: number;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/organisations/{orgId}/evaluation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              byProgramType: {
                funnel: {
                  /** @enum {string} */
                  step: 'applied' | 'eligible' | 'accepted' | 'matched' | 'agreementSigned' | 'active' | 'completed';
                  total: {
                    n: number;
                    /** @enum {string|null} */
                    suppressed: 'primary' | 'secondary' | null;
                    value:
                      | (
                          | number
                          | {
                              [key: string]: number;
                            }
                        )
                      | null;
                  };
                  types: {
                    key: string;
                    n: number;
                    /** @enum {string|null} */
                    suppressed: 'primary' | 'secondary' | null;
                    value:
                      | (
                          | number
                          | {
                              [key: string]: number;
                            }
                        )
                      | null;
                  }[];
                }[];
                measures: {
                  breakdowns: {
                    /** @enum {string} */
                    by: 'organisation' | 'role' | 'unitLevel' | 'programType' | 'underRepresented';
                    groups: {
                      key: string;
                      label: string;
                      n: number;
                      /** @enum {string|null} */
                      suppressed: 'primary' | 'secondary' | null;
                      value:
                        | (
                            | number
                            | {
                                [key: string]: number;
                              }
                          )
                        | null;
                    }[];
                  }[];
                  instrument: string;
                  /** @enum {string} */
                  kind: 'mean' | 'nps' | 'who5' | 'share' | 'distribution' | 'text';
                  /** @enum {string} */
                  level: 'reaction' | 'learning' | 'behaviour' | 'results';
                  measure: string;
                  total: {
                    n: number;
                    /** @enum {string|null} */
                    suppressed: 'primary' | 'secondary' | null;
                    value:
                      | (
                          | number
                          | {
                              [key: string]: number;
                            }
                        )
                      | null;
                  };
                }[];
              };
              can: {
                manage: boolean;
              };
              hr: {
                group: string;
                headcount: {
                  n: number;
                  /** @enum {string|null} */
                  suppressed: 'primary' | 'secondary' | null;
                  value:
                    | (
                        | number
                        | {
                            [key: string]: number;
                          }
                      )
                    | null;
                };
                period: string;
                promotions: {
                  n: number;
                  /** @enum {string|null} */
                  suppressed: 'primary' | 'secondary' | null;
                  value:
                    | (
                        | number
                        | {
                            [key: string]: number;
                          }
                      )
                    | null;
                };
                turnover: {
                  n: number;
                  /** @enum {string|null} */
                  suppressed: 'primary' | 'secondary' | null;
                  value:
                    | (
                        | number
                        | {
                            [key: string]: number;
                          }
                      )
                    | null;
                };
              }[];
              minGroupSize: number;
              programs: {
                funnel: {
                  figure: {
                    n: number;
                    /** @enum {string|null} */
                    suppressed: 'primary' | 'secondary' | null;
                    value:
                      | (
                          | number
                          | {
                              [key: string]: number;
                            }
                        )
                      | null;
                  };
                  /** @enum {string} */
                  step: 'applied' | 'eligible' | 'accepted' | 'matched' | 'agreementSigned' | 'active' | 'completed';
                }[];
                /** Format: uuid */
                id: string;
                name: string;
                outcomes: {
                  after: {
                    n: number;
                    /** @enum {string|null} */
                    suppressed: 'primary' | 'secondary' | null;
                    value:
                      | (
                          | number
                          | {
                              [key: string]: number;
                            }
                        )
                      | null;
                  };
                  before: {
                    n: number;
                    /** @enum {string|null} */
                    suppressed: 'primary' | 'secondary' | null;
                    value:
                      | (
                          | number
                          | {
                              [key: string]: number;
                            }
                        )
                      | null;
                  };
                  change: {
                    n: number;
                    /** @enum {string|null} */
                    suppressed: 'primary' | 'secondary' | null;
                    value:
                      | (
                          | number
                          | {
                              [key: string]: number;
                            }
                        )
                      | null;
                  };
                  instrument: string;
                  measure: string;
                }[];
                restricted: boolean;
                type: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{orgId}/evaluation/hr-figures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            group: string;
            headcount: number;
            leavers: number;
            period: string;
            promotions: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              byProgramType: {
                funnel: {
                  /** @enum {string} */
                  step: 'applied' | 'eligible' | 'accepted' | 'matched' | 'agreementSigned' | 'active' | 'completed';
                  total: {
                    n: number;
                    /** @enum {string|null} */
                    suppressed: 'primary' | 'secondary' | null;
                    value:
                      | (
                          | number
                          | {
                              [key: string]: number;
                            }
                        )
                      | null;
                  };
                  types: {
                    key: string;
                    n: number;
                    /** @enum {string|null} */
                    suppressed: 'primary' | 'secondary' | null;
                    value:
                      | (
                          | number
                          | {
                              [key: string]: number;
                            }
                        )
                      | null;
                  }[];
                }[];
                measures: {
                  breakdowns: {
                    /** @enum {string} */
                    by: 'organisation' | 'role' | 'unitLevel' | 'programType' | 'underRepresented';
                    groups: {
                      key: string;
                      label: string;
                      n: number;
                      /** @enum {string|null} */
                      suppressed: 'primary' | 'secondary' | null;
                      value:
                        | (
                            | number
                            | {
                                [key: string]: number;
                              }
                          )
                        | null;
                    }[];
                  }[];
                  instrument: string;
                  /** @enum {string} */
                  kind: 'mean' | 'nps' | 'who5' | 'share' | 'distribution' | 'text';
                  /** @enum {string} */
                  level: 'reaction' | 'learning' | 'behaviour' | 'results';
                  measure: string;
                  total: {
                    n: number;
                    /** @enum {string|null} */
                    suppressed: 'primary' | 'secondary' | null;
                    value:
                      | (
                          | number
                          | {
                              [key: string]: number;
                            }
                        )
                      | null;
                  };
                }[];
              };
              can: {
                manage: boolean;
              };
              hr: {
                group: string;
                headcount: {
                  n: number;
                  /** @enum {string|null} */
                  suppressed: 'primary' | 'secondary' | null;
                  value:
                    | (
                        | number
                        | {
                            [key: string]: number;
                          }
                      )
                    | null;
                };
                period: string;
                promotions: {
                  n: number;
                  /** @enum {string|null} */
                  suppressed: 'primary' | 'secondary' | null;
                  value:
                    | (
                        | number
                        | {
                            [key: string]: number;
                          }
                      )
                    | null;
                };
                turnover: {
                  n: number;
                  /** @enum {string|null} */
                  suppressed: 'primary' | 'secondary' | null;
                  value:
                    | (
                        | number
                        | {
                            [key: string]: number;
                          }
                      )
                    | null;
                };
              }[];
              minGroupSize: number;
              programs: {
                funnel: {
                  figure: {
                    n: number;
                    /** @enum {string|null} */
                    suppressed: 'primary' | 'secondary' | null;
                    value:
                      | (
                          | number
                          | {
                              [key: string]: number;
                            }
                        )
                      | null;
                  };
                  /** @enum {string} */
                  step: 'applied' | 'eligible' | 'accepted' | 'matched' | 'agreementSigned' | 'active' | 'completed';
                }[];
                /** Format: uuid */
                id: string;
                name: string;
                outcomes: {
                  after: {
                    n: number;
                    /** @enum {string|null} */
                    suppressed: 'primary' | 'secondary' | null;
                    value:
                      | (
                          | number
                          | {
                              [key: string]: number;
                            }
                        )
                      | null;
                  };
                  before: {
                    n: number;
                    /** @enum {string|null} */
                    suppressed: 'primary' | 'secondary' | null;
                    value:
                      | (
                          | number
                          | {
                              [key: string]: number;
                            }
                        )
                      | null;
                  };
                  change: {
                    n: number;
                    /** @enum {string|null} */
                    suppressed: 'primary' | 'secondary' | null;
                    value:
                      | (
                          | number
                          | {
                              [key: string]: number;
                            }
                        )
                      | null;
                  };
                  instrument: string;
                  measure: string;
                }[];
                restricted: boolean;
                type: string;
              }[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{orgId}/evaluation/hr-figures/{period}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** @description Removes every group of one period. */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          orgId: string;
          period: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              removed: number;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{orgId}/evaluation/hr-figures/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Raw CSV (text/csv) or XLSX body. Columns: period*, group*, headcount*, leavers*, promotions. Saves every row, or none when one has a problem (422 naming line and column). */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              count: number;
              rows: {
                group: string;
                headcount: number;
                leavers: number;
                period: string;
                promotions: number;
              }[];
              saved: boolean;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{orgId}/evaluation/hr-figures/preview/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Raw CSV (text/csv) or XLSX body. Columns: period*, group*, headcount*, leavers*, promotions. Checks the file and shows its rows; saves nothing. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              count: number;
              rows: {
                group: string;
                headcount: number;
                leavers: number;
                period: string;
                promotions: number;
              }[];
              saved: boolean;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{orgId}/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: email */
            email: string;
            /** @enum {string} */
            locale?: 'sv' | 'nb' | 'en';
            /** Format: email */
            managerEmail?: string | null;
            /** Format: uuid */
            managerId?: string | null;
            name: string;
            /**
             * @default [
             *       "participant"
             *     ]
             */
            roles?: ('org_admin' | 'coordinator' | 'participant')[];
            title?: string | null;
            /** Format: uuid */
            unitId?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              accountStatus: 'none' | 'invited' | 'active';
              email: string;
              /** Format: uuid */
              id: string;
              managerEmail: string | null;
              /** Format: uuid */
              managerId: string | null;
              managerName: string | null;
              name: string;
              /** Format: uuid */
              organisationId: string;
              roles: ('org_admin' | 'coordinator' | 'participant')[];
              title: string | null;
              /** Format: uuid */
              unitId: string | null;
              unitName: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{orgId}/invitations/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            personIds: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              invited: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{orgId}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
        };
        header?: never;
        path: {
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** @enum {string} */
                country: 'SE' | 'NO';
                /** @enum {string} */
                kind: 'agency' | 'city' | 'ministry' | 'network' | 'other';
                name: string;
                /** Format: uuid */
                organisationId: string;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            organisationId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              country: 'SE' | 'NO';
              /** @enum {string} */
              kind: 'agency' | 'city' | 'ministry' | 'network' | 'other';
              name: string;
              /** Format: uuid */
              organisationId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{orgId}/members/{memberId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          memberId: string;
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{orgId}/networks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{orgId}/people': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
          q?: string;
          role?: 'org_admin' | 'coordinator' | 'participant';
          unitId?: string;
        };
        header?: never;
        path: {
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** @enum {string} */
                accountStatus: 'none' | 'invited' | 'active';
                email: string;
                /** Format: uuid */
                id: string;
                managerEmail: string | null;
                /** Format: uuid */
                managerId: string | null;
                managerName: string | null;
                name: string;
                /** Format: uuid */
                organisationId: string;
                roles: ('org_admin' | 'coordinator' | 'participant')[];
                title: string | null;
                /** Format: uuid */
                unitId: string | null;
                unitName: string | null;
              }[];
              total: number;
              totalCapped: boolean;
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: email */
            email: string;
            /** Format: email */
            managerEmail?: string | null;
            /** Format: uuid */
            managerId?: string | null;
            name: string;
            /**
             * @default [
             *       "participant"
             *     ]
             */
            roles?: ('org_admin' | 'coordinator' | 'participant')[];
            title?: string | null;
            /** Format: uuid */
            unitId?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              accountStatus: 'none' | 'invited' | 'active';
              email: string;
              /** Format: uuid */
              id: string;
              managerEmail: string | null;
              /** Format: uuid */
              managerId: string | null;
              managerName: string | null;
              name: string;
              /** Format: uuid */
              organisationId: string;
              roles: ('org_admin' | 'coordinator' | 'participant')[];
              title: string | null;
              /** Format: uuid */
              unitId: string | null;
              unitName: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{orgId}/people/{personId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          orgId: string;
          personId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              accountStatus: 'none' | 'invited' | 'active';
              email: string;
              /** Format: uuid */
              id: string;
              managerEmail: string | null;
              /** Format: uuid */
              managerId: string | null;
              managerName: string | null;
              name: string;
              /** Format: uuid */
              organisationId: string;
              roles: ('org_admin' | 'coordinator' | 'participant')[];
              title: string | null;
              /** Format: uuid */
              unitId: string | null;
              unitName: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          orgId: string;
          personId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: email */
            email?: string;
            /** Format: email */
            managerEmail?: string | null;
            /** Format: uuid */
            managerId?: string | null;
            name?: string;
            roles?: ('org_admin' | 'coordinator' | 'participant')[];
            title?: string | null;
            /** Format: uuid */
            unitId?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              accountStatus: 'none' | 'invited' | 'active';
              email: string;
              /** Format: uuid */
              id: string;
              managerEmail: string | null;
              /** Format: uuid */
              managerId: string | null;
              managerName: string | null;
              name: string;
              /** Format: uuid */
              organisationId: string;
              roles: ('org_admin' | 'coordinator' | 'participant')[];
              title: string | null;
              /** Format: uuid */
              unitId: string | null;
              unitName: string | null;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/organisations/{orgId}/people/{personId}/invitation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          orgId: string;
          personId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{orgId}/people/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Raw CSV (text/csv) or XLSX body. Columns: name*, email*, title, unit, manager_email, roles. All rows or none. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              imported: number;
              updated: number;
              withoutAccount: string[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{orgId}/units': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              /** Format: uuid */
              organisationId: string;
              /** Format: uuid */
              parentId: string | null;
              peopleCount: number;
            }[];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            /** Format: uuid */
            parentId?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              /** Format: uuid */
              organisationId: string;
              /** Format: uuid */
              parentId: string | null;
              peopleCount: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{orgId}/units/{unitId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          orgId: string;
          unitId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          orgId: string;
          unitId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            /** Format: uuid */
            parentId?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              /** Format: uuid */
              organisationId: string;
              /** Format: uuid */
              parentId: string | null;
              peopleCount: number;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/organisations/directory': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              country: string;
              /** Format: uuid */
              id: string;
              kind: string;
              name: string;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/outbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          dir?: 'asc' | 'desc';
          limit?: number;
          offset?: number;
          q?: string;
          sort?: 'createdAt' | 'to' | 'status';
          status?: 'queued' | 'sending' | 'sent' | 'outbox' | 'failed';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                attempts: number;
                createdAt: string;
                /** Format: uuid */
                id: string;
                locale: string;
                sentAt: string | null;
                /** @enum {string} */
                status: 'queued' | 'sending' | 'sent' | 'outbox' | 'failed';
                subject: string;
                template: string;
                text: string;
                to: string;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/pairs/{pairId}/respond': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          pairId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            decision: 'accepted' | 'declined';
            reason?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adept: {
                /** Format: uuid */
                applicationId: string;
                email: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                title: string | null;
                unitPath?: string[];
              };
              /** @enum {string} */
              adeptResponse: 'pending' | 'accepted' | 'declined';
              /** @enum {string|null} */
              declinedBy: 'adept' | 'mentor' | null;
              declineReason: string | null;
              /** Format: uuid */
              id: string;
              mentor: {
                /** Format: uuid */
                applicationId: string;
                email: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                title: string | null;
                unitPath?: string[];
              };
              /** @enum {string} */
              mentorResponse: 'pending' | 'accepted' | 'declined';
              /** @enum {string|null} */
              myRole: 'adept' | 'mentor' | null;
              /** Format: uuid */
              programId: string;
              programName: string;
              publishedAt: string;
              /** @enum {string} */
              status: 'published' | 'active' | 'declined' | 'ended';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/pairs/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adept: {
                /** Format: uuid */
                applicationId: string;
                email: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                title: string | null;
                unitPath?: string[];
              };
              /** @enum {string} */
              adeptResponse: 'pending' | 'accepted' | 'declined';
              /** @enum {string|null} */
              declinedBy: 'adept' | 'mentor' | null;
              declineReason: string | null;
              /** Format: uuid */
              id: string;
              mentor: {
                /** Format: uuid */
                applicationId: string;
                email: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                title: string | null;
                unitPath?: string[];
              };
              /** @enum {string} */
              mentorResponse: 'pending' | 'accepted' | 'declined';
              /** @enum {string|null} */
              myRole: 'adept' | 'mentor' | null;
              /** Format: uuid */
              programId: string;
              programName: string;
              publishedAt: string;
              /** @enum {string} */
              status: 'published' | 'active' | 'declined' | 'ended';
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/program-invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              endsOn: string | null;
              invitedAt: string;
              /** Format: uuid */
              organisationId: string;
              ownerOrganisationName: string;
              /** Format: uuid */
              programId: string;
              programName: string;
              /** @enum {string} */
              programStatus: 'draft' | 'open' | 'selection' | 'matching' | 'running' | 'closed' | 'archived';
              /** @enum {string} */
              programType: 'classic' | 'reverse' | 'inclusion';
              purpose: string | null;
              respondedAt: string | null;
              respondedByName: string | null;
              startsOn: string | null;
              /** @enum {string} */
              status: 'invited' | 'accepted' | 'declined';
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/program-invitations/{programId}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              endsOn: string | null;
              invitedAt: string;
              /** Format: uuid */
              organisationId: string;
              ownerOrganisationName: string;
              /** Format: uuid */
              programId: string;
              programName: string;
              /** @enum {string} */
              programStatus: 'draft' | 'open' | 'selection' | 'matching' | 'running' | 'closed' | 'archived';
              /** @enum {string} */
              programType: 'classic' | 'reverse' | 'inclusion';
              purpose: string | null;
              respondedAt: string | null;
              respondedByName: string | null;
              startsOn: string | null;
              /** @enum {string} */
              status: 'invited' | 'accepted' | 'declined';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/program-invitations/{programId}/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              endsOn: string | null;
              invitedAt: string;
              /** Format: uuid */
              organisationId: string;
              ownerOrganisationName: string;
              /** Format: uuid */
              programId: string;
              programName: string;
              /** @enum {string} */
              programStatus: 'draft' | 'open' | 'selection' | 'matching' | 'running' | 'closed' | 'archived';
              /** @enum {string} */
              programType: 'classic' | 'reverse' | 'inclusion';
              purpose: string | null;
              respondedAt: string | null;
              respondedByName: string | null;
              startsOn: string | null;
              /** @enum {string} */
              status: 'invited' | 'accepted' | 'declined';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          dir?: 'asc' | 'desc';
          limit?: number;
          managed?: 'true' | 'false';
          offset?: number;
          q?: string;
          sort?: 'name' | 'startsOn' | 'applicationClosesOn' | 'status';
          status?: 'draft' | 'open' | 'selection' | 'matching' | 'running' | 'closed' | 'archived';
          type?: 'classic' | 'reverse' | 'inclusion';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                applicationClosesOn: string | null;
                can: {
                  manage: boolean;
                  nominate: boolean;
                  people: boolean;
                };
                endsOn: string | null;
                /** Format: uuid */
                id: string;
                languages: string[];
                name: string;
                ownerOrganisationName: string;
                startsOn: string | null;
                /** @enum {string} */
                status: 'draft' | 'open' | 'selection' | 'matching' | 'running' | 'closed' | 'archived';
                /** @enum {string} */
                type: 'classic' | 'reverse' | 'inclusion';
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            applicationClosesOn?: string | null;
            /** Format: date */
            applicationOpensOn?: string | null;
            capacity?: number | null;
            /** Format: email */
            contactEmail?: string | null;
            contactName?: string | null;
            /** @default [] */
            coordinatorIds?: string[];
            /**
             * @default SEK
             * @enum {string}
             */
            currency?: 'SEK' | 'NOK';
            /** Format: date */
            endsOn?: string | null;
            expectationsAdept?: string | null;
            expectationsMentor?: string | null;
            expectedHours?: number | null;
            /** @default 0 */
            feePerAdept?: number;
            /** @default 0 */
            feePerMentor?: number;
            goals?: string | null;
            /**
             * @default [
             *       "sv"
             *     ]
             */
            languages?: ('sv' | 'nb' | 'en')[];
            meetingGuidance?: string | null;
            /** @default false */
            mentorsMustBeNominated?: boolean;
            /**
             * @default both
             * @enum {string}
             */
            mode?: 'digital' | 'physical' | 'both';
            name: string;
            /** @default 6 */
            nudgeAfterWeeks?: number;
            /** @default [] */
            participatingOrganisationIds?: string[];
            purpose?: string | null;
            requiresManagerConfirmation?: boolean;
            /**
             * @default {
             *       "adept": [],
             *       "mentor": []
             *     }
             */
            rules?: {
              /** @default [] */
              adept?: (
                | {
                    /** @enum {string} */
                    kind: 'yearsAsManager';
                    max?: number | null;
                    min?: number | null;
                  }
                | {
                    /** @enum {string} */
                    kind: 'age';
                    max?: number | null;
                    min?: number | null;
                  }
                | {
                    /** @enum {string} */
                    kind: 'staffResponsibility';
                    required: boolean;
                  }
                | {
                    /** @enum {string} */
                    kind: 'participatingOrganisation';
                  }
                | {
                    /** @enum {string} */
                    kind: 'underRepresentedGroup';
                  }
                | {
                    /** @enum {string} */
                    kind: 'completedTraining';
                  }
              )[];
              /** @default [] */
              mentor?: (
                | {
                    /** @enum {string} */
                    kind: 'yearsAsManager';
                    max?: number | null;
                    min?: number | null;
                  }
                | {
                    /** @enum {string} */
                    kind: 'age';
                    max?: number | null;
                    min?: number | null;
                  }
                | {
                    /** @enum {string} */
                    kind: 'staffResponsibility';
                    required: boolean;
                  }
                | {
                    /** @enum {string} */
                    kind: 'participatingOrganisation';
                  }
                | {
                    /** @enum {string} */
                    kind: 'underRepresentedGroup';
                  }
                | {
                    /** @enum {string} */
                    kind: 'completedTraining';
                  }
              )[];
            };
            /** Format: date */
            startsOn?: string | null;
            /** @enum {string} */
            type: 'classic' | 'reverse' | 'inclusion';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              allowedTransitions: ('draft' | 'open' | 'selection' | 'matching' | 'running' | 'closed' | 'archived')[];
              applicationClosesOn: string | null;
              applicationOpensOn: string | null;
              can: {
                manage: boolean;
                nominate: boolean;
                people: boolean;
              };
              capacity: number | null;
              contactEmail: string | null;
              contactName: string | null;
              coordinators: {
                email: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
              }[];
              /** Format: uuid */
              copiedFromId: string | null;
              /** @enum {string} */
              currency: 'SEK' | 'NOK';
              endsOn: string | null;
              expectationsAdept: string | null;
              expectationsMentor: string | null;
              expectedHours: number | null;
              feePerAdept: number;
              feePerMentor: number;
              goals: string | null;
              /** Format: uuid */
              id: string;
              languages: string[];
              meetingGuidance: string | null;
              mentorsMustBeNominated: boolean;
              /** @enum {string} */
              mode: 'digital' | 'physical' | 'both';
              name: string;
              nudgeAfterWeeks: number;
              organisations: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                participation: 'invited' | 'accepted' | 'declined';
              }[];
              /** Format: uuid */
              ownerOrganisationId: string;
              ownerOrganisationName: string;
              purpose: string | null;
              requiresManagerConfirmation: boolean;
              rules: {
                /** @default [] */
                adept: (
                  | {
                      /** @enum {string} */
                      kind: 'yearsAsManager';
                      max?: number | null;
                      min?: number | null;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'age';
                      max?: number | null;
                      min?: number | null;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'staffResponsibility';
                      required: boolean;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'participatingOrganisation';
                    }
                  | {
                      /** @enum {string} */
                      kind: 'underRepresentedGroup';
                    }
                  | {
                      /** @enum {string} */
                      kind: 'completedTraining';
                    }
                )[];
                /** @default [] */
                mentor: (
                  | {
                      /** @enum {string} */
                      kind: 'yearsAsManager';
                      max?: number | null;
                      min?: number | null;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'age';
                      max?: number | null;
                      min?: number | null;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'staffResponsibility';
                      required: boolean;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'participatingOrganisation';
                    }
                  | {
                      /** @enum {string} */
                      kind: 'underRepresentedGroup';
                    }
                  | {
                      /** @enum {string} */
                      kind: 'completedTraining';
                    }
                )[];
              };
              startsOn: string | null;
              /** @enum {string} */
              status: 'draft' | 'open' | 'selection' | 'matching' | 'running' | 'closed' | 'archived';
              /** @enum {string} */
              type: 'classic' | 'reverse' | 'inclusion';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              allowedTransitions: ('draft' | 'open' | 'selection' | 'matching' | 'running' | 'closed' | 'archived')[];
              applicationClosesOn: string | null;
              applicationOpensOn: string | null;
              can: {
                manage: boolean;
                nominate: boolean;
                people: boolean;
              };
              capacity: number | null;
              contactEmail: string | null;
              contactName: string | null;
              coordinators: {
                email: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
              }[];
              /** Format: uuid */
              copiedFromId: string | null;
              /** @enum {string} */
              currency: 'SEK' | 'NOK';
              endsOn: string | null;
              expectationsAdept: string | null;
              expectationsMentor: string | null;
              expectedHours: number | null;
              feePerAdept: number;
              feePerMentor: number;
              goals: string | null;
              /** Format: uuid */
              id: string;
              languages: string[];
              meetingGuidance: string | null;
              mentorsMustBeNominated: boolean;
              /** @enum {string} */
              mode: 'digital' | 'physical' | 'both';
              name: string;
              nudgeAfterWeeks: number;
              organisations: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                participation: 'invited' | 'accepted' | 'declined';
              }[];
              /** Format: uuid */
              ownerOrganisationId: string;
              ownerOrganisationName: string;
              purpose: string | null;
              requiresManagerConfirmation: boolean;
              rules: {
                /** @default [] */
                adept: (
                  | {
                      /** @enum {string} */
                      kind: 'yearsAsManager';
                      max?: number | null;
                      min?: number | null;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'age';
                      max?: number | null;
                      min?: number | null;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'staffResponsibility';
                      required: boolean;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'participatingOrganisation';
                    }
                  | {
                      /** @enum {string} */
                      kind: 'underRepresentedGroup';
                    }
                  | {
                      /** @enum {string} */
                      kind: 'completedTraining';
                    }
                )[];
                /** @default [] */
                mentor: (
                  | {
                      /** @enum {string} */
                      kind: 'yearsAsManager';
                      max?: number | null;
                      min?: number | null;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'age';
                      max?: number | null;
                      min?: number | null;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'staffResponsibility';
                      required: boolean;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'participatingOrganisation';
                    }
                  | {
                      /** @enum {string} */
                      kind: 'underRepresentedGroup';
                    }
                  | {
                      /** @enum {string} */
                      kind: 'completedTraining';
                    }
                )[];
              };
              startsOn: string | null;
              /** @enum {string} */
              status: 'draft' | 'open' | 'selection' | 'matching' | 'running' | 'closed' | 'archived';
              /** @enum {string} */
              type: 'classic' | 'reverse' | 'inclusion';
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            applicationClosesOn?: string | null;
            /** Format: date */
            applicationOpensOn?: string | null;
            capacity?: number | null;
            /** Format: email */
            contactEmail?: string | null;
            contactName?: string | null;
            coordinatorIds?: string[];
            /** @enum {string} */
            currency?: 'SEK' | 'NOK';
            /** Format: date */
            endsOn?: string | null;
            expectationsAdept?: string | null;
            expectationsMentor?: string | null;
            expectedHours?: number | null;
            feePerAdept?: number;
            feePerMentor?: number;
            goals?: string | null;
            languages?: ('sv' | 'nb' | 'en')[];
            meetingGuidance?: string | null;
            mentorsMustBeNominated?: boolean;
            /** @enum {string} */
            mode?: 'digital' | 'physical' | 'both';
            name?: string;
            nudgeAfterWeeks?: number;
            participatingOrganisationIds?: string[];
            purpose?: string | null;
            requiresManagerConfirmation?: boolean;
            rules?: {
              /** @default [] */
              adept?: (
                | {
                    /** @enum {string} */
                    kind: 'yearsAsManager';
                    max?: number | null;
                    min?: number | null;
                  }
                | {
                    /** @enum {string} */
                    kind: 'age';
                    max?: number | null;
                    min?: number | null;
                  }
                | {
                    /** @enum {string} */
                    kind: 'staffResponsibility';
                    required: boolean;
                  }
                | {
                    /** @enum {string} */
                    kind: 'participatingOrganisation';
                  }
                | {
                    /** @enum {string} */
                    kind: 'underRepresentedGroup';
                  }
                | {
                    /** @enum {string} */
                    kind: 'completedTraining';
                  }
              )[];
              /** @default [] */
              mentor?: (
                | {
                    /** @enum {string} */
                    kind: 'yearsAsManager';
                    max?: number | null;
                    min?: number | null;
                  }
                | {
                    /** @enum {string} */
                    kind: 'age';
                    max?: number | null;
                    min?: number | null;
                  }
                | {
                    /** @enum {string} */
                    kind: 'staffResponsibility';
                    required: boolean;
                  }
                | {
                    /** @enum {string} */
                    kind: 'participatingOrganisation';
                  }
                | {
                    /** @enum {string} */
                    kind: 'underRepresentedGroup';
                  }
                | {
                    /** @enum {string} */
                    kind: 'completedTraining';
                  }
              )[];
            };
            /** Format: date */
            startsOn?: string | null;
            /** @enum {string} */
            type?: 'classic' | 'reverse' | 'inclusion';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              allowedTransitions: ('draft' | 'open' | 'selection' | 'matching' | 'running' | 'closed' | 'archived')[];
              applicationClosesOn: string | null;
              applicationOpensOn: string | null;
              can: {
                manage: boolean;
                nominate: boolean;
                people: boolean;
              };
              capacity: number | null;
              contactEmail: string | null;
              contactName: string | null;
              coordinators: {
                email: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
              }[];
              /** Format: uuid */
              copiedFromId: string | null;
              /** @enum {string} */
              currency: 'SEK' | 'NOK';
              endsOn: string | null;
              expectationsAdept: string | null;
              expectationsMentor: string | null;
              expectedHours: number | null;
              feePerAdept: number;
              feePerMentor: number;
              goals: string | null;
              /** Format: uuid */
              id: string;
              languages: string[];
              meetingGuidance: string | null;
              mentorsMustBeNominated: boolean;
              /** @enum {string} */
              mode: 'digital' | 'physical' | 'both';
              name: string;
              nudgeAfterWeeks: number;
              organisations: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                participation: 'invited' | 'accepted' | 'declined';
              }[];
              /** Format: uuid */
              ownerOrganisationId: string;
              ownerOrganisationName: string;
              purpose: string | null;
              requiresManagerConfirmation: boolean;
              rules: {
                /** @default [] */
                adept: (
                  | {
                      /** @enum {string} */
                      kind: 'yearsAsManager';
                      max?: number | null;
                      min?: number | null;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'age';
                      max?: number | null;
                      min?: number | null;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'staffResponsibility';
                      required: boolean;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'participatingOrganisation';
                    }
                  | {
                      /** @enum {string} */
                      kind: 'underRepresentedGroup';
                    }
                  | {
                      /** @enum {string} */
                      kind: 'completedTraining';
                    }
                )[];
                /** @default [] */
                mentor: (
                  | {
                      /** @enum {string} */
                      kind: 'yearsAsManager';
                      max?: number | null;
                      min?: number | null;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'age';
                      max?: number | null;
                      min?: number | null;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'staffResponsibility';
                      required: boolean;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'participatingOrganisation';
                    }
                  | {
                      /** @enum {string} */
                      kind: 'underRepresentedGroup';
                    }
                  | {
                      /** @enum {string} */
                      kind: 'completedTraining';
                    }
                )[];
              };
              startsOn: string | null;
              /** @enum {string} */
              status: 'draft' | 'open' | 'selection' | 'matching' | 'running' | 'closed' | 'archived';
              /** @enum {string} */
              type: 'classic' | 'reverse' | 'inclusion';
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/programs/{programId}/applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          confirmation?: 'not_required' | 'pending' | 'confirmed' | 'declined';
          dir?: 'asc' | 'desc';
          eligibility?: 'eligible' | 'unknown' | 'ineligible';
          limit?: number;
          offset?: number;
          q?: string;
          role?: 'adept' | 'mentor';
          sort?: 'submittedAt' | 'name' | 'organisation';
          status?: 'draft' | 'submitted' | 'accepted' | 'waitlisted' | 'rejected' | 'withdrawn';
        };
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                answers: {
                  [key: string]: (string | string[] | number) | null;
                };
                /** @enum {string} */
                confirmation: 'not_required' | 'pending' | 'confirmed' | 'declined';
                confirmationRespondedAt: string | null;
                decisionMessage: string | null;
                editable: boolean;
                eligibility: {
                  results: {
                    kind: string;
                    override?: {
                      at: string;
                      by: string;
                      kind: string;
                      reason: string;
                    };
                    passed: boolean | null;
                    reason: string;
                    values: {
                      [key: string]: string | number;
                    };
                  }[];
                  /** @enum {string} */
                  status: 'eligible' | 'unknown' | 'ineligible';
                };
                email: string;
                /** Format: uuid */
                id: string;
                managerEmail: string | null;
                managerName: string | null;
                name: string;
                nominatedBy: string | null;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                profile: {
                  availability?: string | null;
                  birthYear?: number | null;
                  /** @default [] */
                  competenceAreas: string[];
                  developmentGoals?: string | null;
                  /** @default [] */
                  interests: string[];
                  /** @default [] */
                  languages: string[];
                  location?: string | null;
                  /** @enum {string|null} */
                  meetingPreference?: 'digital' | 'physical' | 'either' | null;
                  mentorCapacity?: number | null;
                  staffResponsibility?: boolean | null;
                  title?: string | null;
                  /** @default [] */
                  tooClose: string[];
                  unitName?: string | null;
                  wishes?: string | null;
                  yearsAsManager?: number | null;
                };
                /** Format: uuid */
                programId: string;
                programName: string;
                recommendations: {
                  comment: string | null;
                  /** Format: uuid */
                  id: string;
                  name: string;
                  /** @enum {string} */
                  verdict: 'pending' | 'recommend' | 'advise_against';
                }[];
                /** @enum {string} */
                role: 'adept' | 'mentor';
                sensitive: {
                  consentAt: string;
                  underRepresented: boolean;
                } | null;
                /** @enum {string} */
                status: 'draft' | 'submitted' | 'accepted' | 'waitlisted' | 'rejected' | 'withdrawn';
                submittedAt: string | null;
                unitPath: string[];
                updatedAt: string;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/applications/{applicationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          applicationId: string;
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              answers: {
                [key: string]: (string | string[] | number) | null;
              };
              /** @enum {string} */
              confirmation: 'not_required' | 'pending' | 'confirmed' | 'declined';
              confirmationRespondedAt: string | null;
              decisionMessage: string | null;
              editable: boolean;
              eligibility: {
                results: {
                  kind: string;
                  override?: {
                    at: string;
                    by: string;
                    kind: string;
                    reason: string;
                  };
                  passed: boolean | null;
                  reason: string;
                  values: {
                    [key: string]: string | number;
                  };
                }[];
                /** @enum {string} */
                status: 'eligible' | 'unknown' | 'ineligible';
              };
              email: string;
              /** Format: uuid */
              id: string;
              managerEmail: string | null;
              managerName: string | null;
              name: string;
              nominatedBy: string | null;
              organisationName: string;
              /** Format: uuid */
              personId: string;
              profile: {
                availability?: string | null;
                birthYear?: number | null;
                /** @default [] */
                competenceAreas: string[];
                developmentGoals?: string | null;
                /** @default [] */
                interests: string[];
                /** @default [] */
                languages: string[];
                location?: string | null;
                /** @enum {string|null} */
                meetingPreference?: 'digital' | 'physical' | 'either' | null;
                mentorCapacity?: number | null;
                staffResponsibility?: boolean | null;
                title?: string | null;
                /** @default [] */
                tooClose: string[];
                unitName?: string | null;
                wishes?: string | null;
                yearsAsManager?: number | null;
              };
              /** Format: uuid */
              programId: string;
              programName: string;
              recommendations: {
                comment: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                verdict: 'pending' | 'recommend' | 'advise_against';
              }[];
              /** @enum {string} */
              role: 'adept' | 'mentor';
              sensitive: {
                consentAt: string;
                underRepresented: boolean;
              } | null;
              /** @enum {string} */
              status: 'draft' | 'submitted' | 'accepted' | 'waitlisted' | 'rejected' | 'withdrawn';
              submittedAt: string | null;
              unitPath: string[];
              updatedAt: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/applications/{applicationId}/confirmation/remind': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          applicationId: string;
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              answers: {
                [key: string]: (string | string[] | number) | null;
              };
              /** @enum {string} */
              confirmation: 'not_required' | 'pending' | 'confirmed' | 'declined';
              confirmationRespondedAt: string | null;
              decisionMessage: string | null;
              editable: boolean;
              eligibility: {
                results: {
                  kind: string;
                  override?: {
                    at: string;
                    by: string;
                    kind: string;
                    reason: string;
                  };
                  passed: boolean | null;
                  reason: string;
                  values: {
                    [key: string]: string | number;
                  };
                }[];
                /** @enum {string} */
                status: 'eligible' | 'unknown' | 'ineligible';
              };
              email: string;
              /** Format: uuid */
              id: string;
              managerEmail: string | null;
              managerName: string | null;
              name: string;
              nominatedBy: string | null;
              organisationName: string;
              /** Format: uuid */
              personId: string;
              profile: {
                availability?: string | null;
                birthYear?: number | null;
                /** @default [] */
                competenceAreas: string[];
                developmentGoals?: string | null;
                /** @default [] */
                interests: string[];
                /** @default [] */
                languages: string[];
                location?: string | null;
                /** @enum {string|null} */
                meetingPreference?: 'digital' | 'physical' | 'either' | null;
                mentorCapacity?: number | null;
                staffResponsibility?: boolean | null;
                title?: string | null;
                /** @default [] */
                tooClose: string[];
                unitName?: string | null;
                wishes?: string | null;
                yearsAsManager?: number | null;
              };
              /** Format: uuid */
              programId: string;
              programName: string;
              recommendations: {
                comment: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                verdict: 'pending' | 'recommend' | 'advise_against';
              }[];
              /** @enum {string} */
              role: 'adept' | 'mentor';
              sensitive: {
                consentAt: string;
                underRepresented: boolean;
              } | null;
              /** @enum {string} */
              status: 'draft' | 'submitted' | 'accepted' | 'waitlisted' | 'rejected' | 'withdrawn';
              submittedAt: string | null;
              unitPath: string[];
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/applications/{applicationId}/overrides': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          applicationId: string;
          programId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            kind:
              | 'yearsAsManager'
              | 'age'
              | 'staffResponsibility'
              | 'participatingOrganisation'
              | 'underRepresentedGroup'
              | 'completedTraining';
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              answers: {
                [key: string]: (string | string[] | number) | null;
              };
              /** @enum {string} */
              confirmation: 'not_required' | 'pending' | 'confirmed' | 'declined';
              confirmationRespondedAt: string | null;
              decisionMessage: string | null;
              editable: boolean;
              eligibility: {
                results: {
                  kind: string;
                  override?: {
                    at: string;
                    by: string;
                    kind: string;
                    reason: string;
                  };
                  passed: boolean | null;
                  reason: string;
                  values: {
                    [key: string]: string | number;
                  };
                }[];
                /** @enum {string} */
                status: 'eligible' | 'unknown' | 'ineligible';
              };
              email: string;
              /** Format: uuid */
              id: string;
              managerEmail: string | null;
              managerName: string | null;
              name: string;
              nominatedBy: string | null;
              organisationName: string;
              /** Format: uuid */
              personId: string;
              profile: {
                availability?: string | null;
                birthYear?: number | null;
                /** @default [] */
                competenceAreas: string[];
                developmentGoals?: string | null;
                /** @default [] */
                interests: string[];
                /** @default [] */
                languages: string[];
                location?: string | null;
                /** @enum {string|null} */
                meetingPreference?: 'digital' | 'physical' | 'either' | null;
                mentorCapacity?: number | null;
                staffResponsibility?: boolean | null;
                title?: string | null;
                /** @default [] */
                tooClose: string[];
                unitName?: string | null;
                wishes?: string | null;
                yearsAsManager?: number | null;
              };
              /** Format: uuid */
              programId: string;
              programName: string;
              recommendations: {
                comment: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                verdict: 'pending' | 'recommend' | 'advise_against';
              }[];
              /** @enum {string} */
              role: 'adept' | 'mentor';
              sensitive: {
                consentAt: string;
                underRepresented: boolean;
              } | null;
              /** @enum {string} */
              status: 'draft' | 'submitted' | 'accepted' | 'waitlisted' | 'rejected' | 'withdrawn';
              submittedAt: string | null;
              unitPath: string[];
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/applications/{applicationId}/recommendations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          applicationId: string;
          programId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: email */
            email: string;
            name: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              answers: {
                [key: string]: (string | string[] | number) | null;
              };
              /** @enum {string} */
              confirmation: 'not_required' | 'pending' | 'confirmed' | 'declined';
              confirmationRespondedAt: string | null;
              decisionMessage: string | null;
              editable: boolean;
              eligibility: {
                results: {
                  kind: string;
                  override?: {
                    at: string;
                    by: string;
                    kind: string;
                    reason: string;
                  };
                  passed: boolean | null;
                  reason: string;
                  values: {
                    [key: string]: string | number;
                  };
                }[];
                /** @enum {string} */
                status: 'eligible' | 'unknown' | 'ineligible';
              };
              email: string;
              /** Format: uuid */
              id: string;
              managerEmail: string | null;
              managerName: string | null;
              name: string;
              nominatedBy: string | null;
              organisationName: string;
              /** Format: uuid */
              personId: string;
              profile: {
                availability?: string | null;
                birthYear?: number | null;
                /** @default [] */
                competenceAreas: string[];
                developmentGoals?: string | null;
                /** @default [] */
                interests: string[];
                /** @default [] */
                languages: string[];
                location?: string | null;
                /** @enum {string|null} */
                meetingPreference?: 'digital' | 'physical' | 'either' | null;
                mentorCapacity?: number | null;
                staffResponsibility?: boolean | null;
                title?: string | null;
                /** @default [] */
                tooClose: string[];
                unitName?: string | null;
                wishes?: string | null;
                yearsAsManager?: number | null;
              };
              /** Format: uuid */
              programId: string;
              programName: string;
              recommendations: {
                comment: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                verdict: 'pending' | 'recommend' | 'advise_against';
              }[];
              /** @enum {string} */
              role: 'adept' | 'mentor';
              sensitive: {
                consentAt: string;
                underRepresented: boolean;
              } | null;
              /** @enum {string} */
              status: 'draft' | 'submitted' | 'accepted' | 'waitlisted' | 'rejected' | 'withdrawn';
              submittedAt: string | null;
              unitPath: string[];
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/applications/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Raw CSV or XLSX body. Columns: email*, role* (adept|mentor), title, years_as_manager, staff_responsibility, competence_areas, development_goals, wishes (adepts), interests, languages, location, meeting_preference, availability, manager_email, mentor_capacity. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              imported: number;
              updated: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/applications/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              answers: {
                [key: string]: (string | string[] | number) | null;
              };
              /** @enum {string} */
              confirmation: 'not_required' | 'pending' | 'confirmed' | 'declined';
              confirmationRespondedAt: string | null;
              decisionMessage: string | null;
              editable: boolean;
              eligibility: {
                results: {
                  kind: string;
                  override?: {
                    at: string;
                    by: string;
                    kind: string;
                    reason: string;
                  };
                  passed: boolean | null;
                  reason: string;
                  values: {
                    [key: string]: string | number;
                  };
                }[];
                /** @enum {string} */
                status: 'eligible' | 'unknown' | 'ineligible';
              };
              email: string;
              /** Format: uuid */
              id: string;
              managerEmail: string | null;
              managerName: string | null;
              name: string;
              nominatedBy: string | null;
              organisationName: string;
              /** Format: uuid */
              personId: string;
              profile: {
                availability?: string | null;
                birthYear?: number | null;
                /** @default [] */
                competenceAreas: string[];
                developmentGoals?: string | null;
                /** @default [] */
                interests: string[];
                /** @default [] */
                languages: string[];
                location?: string | null;
                /** @enum {string|null} */
                meetingPreference?: 'digital' | 'physical' | 'either' | null;
                mentorCapacity?: number | null;
                staffResponsibility?: boolean | null;
                title?: string | null;
                /** @default [] */
                tooClose: string[];
                unitName?: string | null;
                wishes?: string | null;
                yearsAsManager?: number | null;
              };
              /** Format: uuid */
              programId: string;
              programName: string;
              recommendations: {
                comment: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                verdict: 'pending' | 'recommend' | 'advise_against';
              }[];
              /** @enum {string} */
              role: 'adept' | 'mentor';
              sensitive: {
                consentAt: string;
                underRepresented: boolean;
              } | null;
              /** @enum {string} */
              status: 'draft' | 'submitted' | 'accepted' | 'waitlisted' | 'rejected' | 'withdrawn';
              submittedAt: string | null;
              unitPath: string[];
              updatedAt: string;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/applications/mine/{role}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
          role: 'adept' | 'mentor';
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default {} */
            answers?: {
              [key: string]: (string | string[] | number) | null;
            };
            /** Format: email */
            managerEmail?: string | null;
            managerName?: string | null;
            /**
             * @default {
             *       "competenceAreas": [],
             *       "interests": [],
             *       "languages": [],
             *       "tooClose": []
             *     }
             */
            profile?: {
              availability?: string | null;
              birthYear?: number | null;
              /** @default [] */
              competenceAreas?: string[];
              developmentGoals?: string | null;
              /** @default [] */
              interests?: string[];
              /** @default [] */
              languages?: string[];
              location?: string | null;
              /** @enum {string|null} */
              meetingPreference?: 'digital' | 'physical' | 'either' | null;
              mentorCapacity?: number | null;
              staffResponsibility?: boolean | null;
              title?: string | null;
              /** @default [] */
              tooClose?: string[];
              unitName?: string | null;
              wishes?: string | null;
              yearsAsManager?: number | null;
            };
            sensitive?: {
              /** @enum {boolean} */
              consent: true;
              underRepresented: boolean;
            } | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              answers: {
                [key: string]: (string | string[] | number) | null;
              };
              /** @enum {string} */
              confirmation: 'not_required' | 'pending' | 'confirmed' | 'declined';
              confirmationRespondedAt: string | null;
              decisionMessage: string | null;
              editable: boolean;
              eligibility: {
                results: {
                  kind: string;
                  override?: {
                    at: string;
                    by: string;
                    kind: string;
                    reason: string;
                  };
                  passed: boolean | null;
                  reason: string;
                  values: {
                    [key: string]: string | number;
                  };
                }[];
                /** @enum {string} */
                status: 'eligible' | 'unknown' | 'ineligible';
              };
              email: string;
              /** Format: uuid */
              id: string;
              managerEmail: string | null;
              managerName: string | null;
              name: string;
              nominatedBy: string | null;
              organisationName: string;
              /** Format: uuid */
              personId: string;
              profile: {
                availability?: string | null;
                birthYear?: number | null;
                /** @default [] */
                competenceAreas: string[];
                developmentGoals?: string | null;
                /** @default [] */
                interests: string[];
                /** @default [] */
                languages: string[];
                location?: string | null;
                /** @enum {string|null} */
                meetingPreference?: 'digital' | 'physical' | 'either' | null;
                mentorCapacity?: number | null;
                staffResponsibility?: boolean | null;
                title?: string | null;
                /** @default [] */
                tooClose: string[];
                unitName?: string | null;
                wishes?: string | null;
                yearsAsManager?: number | null;
              };
              /** Format: uuid */
              programId: string;
              programName: string;
              recommendations: {
                comment: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                verdict: 'pending' | 'recommend' | 'advise_against';
              }[];
              /** @enum {string} */
              role: 'adept' | 'mentor';
              sensitive: {
                consentAt: string;
                underRepresented: boolean;
              } | null;
              /** @enum {string} */
              status: 'draft' | 'submitted' | 'accepted' | 'waitlisted' | 'rejected' | 'withdrawn';
              submittedAt: string | null;
              unitPath: string[];
              updatedAt: string;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/applications/mine/{role}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
          role: 'adept' | 'mentor';
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default {} */
            answers?: {
              [key: string]: (string | string[] | number) | null;
            };
            /** Format: email */
            managerEmail?: string | null;
            managerName?: string | null;
            /**
             * @default {
             *       "competenceAreas": [],
             *       "interests": [],
             *       "languages": [],
             *       "tooClose": []
             *     }
             */
            profile?: {
              availability?: string | null;
              birthYear?: number | null;
              /** @default [] */
              competenceAreas?: string[];
              developmentGoals?: string | null;
              /** @default [] */
              interests?: string[];
              /** @default [] */
              languages?: string[];
              location?: string | null;
              /** @enum {string|null} */
              meetingPreference?: 'digital' | 'physical' | 'either' | null;
              mentorCapacity?: number | null;
              staffResponsibility?: boolean | null;
              title?: string | null;
              /** @default [] */
              tooClose?: string[];
              unitName?: string | null;
              wishes?: string | null;
              yearsAsManager?: number | null;
            };
            sensitive?: {
              /** @enum {boolean} */
              consent: true;
              underRepresented: boolean;
            } | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              answers: {
                [key: string]: (string | string[] | number) | null;
              };
              /** @enum {string} */
              confirmation: 'not_required' | 'pending' | 'confirmed' | 'declined';
              confirmationRespondedAt: string | null;
              decisionMessage: string | null;
              editable: boolean;
              eligibility: {
                results: {
                  kind: string;
                  override?: {
                    at: string;
                    by: string;
                    kind: string;
                    reason: string;
                  };
                  passed: boolean | null;
                  reason: string;
                  values: {
                    [key: string]: string | number;
                  };
                }[];
                /** @enum {string} */
                status: 'eligible' | 'unknown' | 'ineligible';
              };
              email: string;
              /** Format: uuid */
              id: string;
              managerEmail: string | null;
              managerName: string | null;
              name: string;
              nominatedBy: string | null;
              organisationName: string;
              /** Format: uuid */
              personId: string;
              profile: {
                availability?: string | null;
                birthYear?: number | null;
                /** @default [] */
                competenceAreas: string[];
                developmentGoals?: string | null;
                /** @default [] */
                interests: string[];
                /** @default [] */
                languages: string[];
                location?: string | null;
                /** @enum {string|null} */
                meetingPreference?: 'digital' | 'physical' | 'either' | null;
                mentorCapacity?: number | null;
                staffResponsibility?: boolean | null;
                title?: string | null;
                /** @default [] */
                tooClose: string[];
                unitName?: string | null;
                wishes?: string | null;
                yearsAsManager?: number | null;
              };
              /** Format: uuid */
              programId: string;
              programName: string;
              recommendations: {
                comment: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                verdict: 'pending' | 'recommend' | 'advise_against';
              }[];
              /** @enum {string} */
              role: 'adept' | 'mentor';
              sensitive: {
                consentAt: string;
                underRepresented: boolean;
              } | null;
              /** @enum {string} */
              status: 'draft' | 'submitted' | 'accepted' | 'waitlisted' | 'rejected' | 'withdrawn';
              submittedAt: string | null;
              unitPath: string[];
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/applications/mine/{role}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
          role: 'adept' | 'mentor';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              answers: {
                [key: string]: (string | string[] | number) | null;
              };
              /** @enum {string} */
              confirmation: 'not_required' | 'pending' | 'confirmed' | 'declined';
              confirmationRespondedAt: string | null;
              decisionMessage: string | null;
              editable: boolean;
              eligibility: {
                results: {
                  kind: string;
                  override?: {
                    at: string;
                    by: string;
                    kind: string;
                    reason: string;
                  };
                  passed: boolean | null;
                  reason: string;
                  values: {
                    [key: string]: string | number;
                  };
                }[];
                /** @enum {string} */
                status: 'eligible' | 'unknown' | 'ineligible';
              };
              email: string;
              /** Format: uuid */
              id: string;
              managerEmail: string | null;
              managerName: string | null;
              name: string;
              nominatedBy: string | null;
              organisationName: string;
              /** Format: uuid */
              personId: string;
              profile: {
                availability?: string | null;
                birthYear?: number | null;
                /** @default [] */
                competenceAreas: string[];
                developmentGoals?: string | null;
                /** @default [] */
                interests: string[];
                /** @default [] */
                languages: string[];
                location?: string | null;
                /** @enum {string|null} */
                meetingPreference?: 'digital' | 'physical' | 'either' | null;
                mentorCapacity?: number | null;
                staffResponsibility?: boolean | null;
                title?: string | null;
                /** @default [] */
                tooClose: string[];
                unitName?: string | null;
                wishes?: string | null;
                yearsAsManager?: number | null;
              };
              /** Format: uuid */
              programId: string;
              programName: string;
              recommendations: {
                comment: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                verdict: 'pending' | 'recommend' | 'advise_against';
              }[];
              /** @enum {string} */
              role: 'adept' | 'mentor';
              sensitive: {
                consentAt: string;
                underRepresented: boolean;
              } | null;
              /** @enum {string} */
              status: 'draft' | 'submitted' | 'accepted' | 'waitlisted' | 'rejected' | 'withdrawn';
              submittedAt: string | null;
              unitPath: string[];
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/attendance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
        };
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                completion: {
                  attended: number;
                  byKind: {
                    attended: number;
                    /** @enum {string} */
                    kind: 'kickoff' | 'inspiration' | 'training' | 'group_meeting' | 'coaching' | 'closing' | 'other';
                    required: number;
                  }[];
                  required: number;
                };
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                /** @enum {string} */
                role: 'mentor' | 'adept';
              }[];
              limit: number;
              offset: number;
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/clauses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              en: string;
              key: string;
              nb: string;
              sv: string;
            }[];
          };
        };
      };
    };
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            clauses: {
              /** @default  */
              en?: string;
              /** @enum {string} */
              key: 'confidentiality' | 'voluntary' | 'ending' | 'noReference' | 'managerInformed';
              /** @default  */
              nb?: string;
              /** @default  */
              sv?: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              en: string;
              key: string;
              nb: string;
              sv: string;
            }[];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/closing-preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
        };
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              counts: {
                continues: number;
                ends: number;
                staysProposed: number;
              };
              items: {
                adeptName: string;
                mentorName: string;
                /** @enum {string} */
                outcome: 'ends' | 'continues' | 'staysProposed';
                /** Format: uuid */
                pairId: string;
                /** @enum {string} */
                status: 'published' | 'active' | 'declined' | 'ended';
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/completion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              attended: number;
              byKind: {
                attended: number;
                /** @enum {string} */
                kind: 'kickoff' | 'inspiration' | 'training' | 'group_meeting' | 'coaching' | 'closing' | 'other';
                required: number;
              }[];
              required: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              can: {
                manage: boolean;
              };
              contacts: {
                email: string;
                name: string;
                /** Format: uuid */
                organisationId: string;
                organisationName: string;
                phone: string | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/contacts/{organisationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          organisationId: string;
          programId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: email */
            email: string;
            name: string;
            phone?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              can: {
                manage: boolean;
              };
              contacts: {
                email: string;
                name: string;
                /** Format: uuid */
                organisationId: string;
                organisationName: string;
                phone: string | null;
              }[];
            };
          };
        };
      };
    };
    post?: never;
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          organisationId: string;
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              can: {
                manage: boolean;
              };
              contacts: {
                email: string;
                name: string;
                /** Format: uuid */
                organisationId: string;
                organisationName: string;
                phone: string | null;
              }[];
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/coordinator-candidates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
          q?: string;
        };
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                name: string;
                /** Format: uuid */
                organisationId: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/copy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            /** @default 12 */
            shiftMonths?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              allowedTransitions: ('draft' | 'open' | 'selection' | 'matching' | 'running' | 'closed' | 'archived')[];
              applicationClosesOn: string | null;
              applicationOpensOn: string | null;
              can: {
                manage: boolean;
                nominate: boolean;
                people: boolean;
              };
              capacity: number | null;
              contactEmail: string | null;
              contactName: string | null;
              coordinators: {
                email: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
              }[];
              /** Format: uuid */
              copiedFromId: string | null;
              /** @enum {string} */
              currency: 'SEK' | 'NOK';
              endsOn: string | null;
              expectationsAdept: string | null;
              expectationsMentor: string | null;
              expectedHours: number | null;
              feePerAdept: number;
              feePerMentor: number;
              goals: string | null;
              /** Format: uuid */
              id: string;
              languages: string[];
              meetingGuidance: string | null;
              mentorsMustBeNominated: boolean;
              /** @enum {string} */
              mode: 'digital' | 'physical' | 'both';
              name: string;
              nudgeAfterWeeks: number;
              organisations: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                participation: 'invited' | 'accepted' | 'declined';
              }[];
              /** Format: uuid */
              ownerOrganisationId: string;
              ownerOrganisationName: string;
              purpose: string | null;
              requiresManagerConfirmation: boolean;
              rules: {
                /** @default [] */
                adept: (
                  | {
                      /** @enum {string} */
                      kind: 'yearsAsManager';
                      max?: number | null;
                      min?: number | null;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'age';
                      max?: number | null;
                      min?: number | null;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'staffResponsibility';
                      required: boolean;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'participatingOrganisation';
                    }
                  | {
                      /** @enum {string} */
                      kind: 'underRepresentedGroup';
                    }
                  | {
                      /** @enum {string} */
                      kind: 'completedTraining';
                    }
                )[];
                /** @default [] */
                mentor: (
                  | {
                      /** @enum {string} */
                      kind: 'yearsAsManager';
                      max?: number | null;
                      min?: number | null;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'age';
                      max?: number | null;
                      min?: number | null;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'staffResponsibility';
                      required: boolean;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'participatingOrganisation';
                    }
                  | {
                      /** @enum {string} */
                      kind: 'underRepresentedGroup';
                    }
                  | {
                      /** @enum {string} */
                      kind: 'completedTraining';
                    }
                )[];
              };
              startsOn: string | null;
              /** @enum {string} */
              status: 'draft' | 'open' | 'selection' | 'matching' | 'running' | 'closed' | 'archived';
              /** @enum {string} */
              type: 'classic' | 'reverse' | 'inclusion';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/costs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
        };
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              can: {
                manage: boolean;
              };
              /** @enum {string} */
              currency: 'SEK' | 'NOK';
              feePerAdept: number;
              feePerMentor: number;
              organisations: {
                adeptCap: number | null;
                adepts: number;
                basisPoints: number | null;
                /** @enum {string} */
                currency: 'SEK' | 'NOK';
                fees: number;
                invoice: {
                  invoicedOn: string;
                  reference: string;
                } | null;
                mentors: number;
                /** Format: uuid */
                organisationId: string;
                organisationName: string;
                owner: boolean;
                participants: {
                  counts: boolean;
                  fee: number;
                  leftOn: string | null;
                  name: string | null;
                  /** @enum {string} */
                  role: 'adept' | 'mentor';
                }[];
                sharedAmount: number;
                sharedVat: number;
                total: number;
              }[];
              organiserName: string;
              outcome: {
                completedPairs: number;
                hours: number;
                participants: number;
                perCompletedPair: number | null;
                perHour: number | null;
                perParticipant: number | null;
                total: number;
              } | null;
              /** Format: uuid */
              programId: string;
              programName: string;
              programTotals: {
                fees: number;
                sharedAmount: number;
                sharedVat: number;
                total: number;
              } | null;
              settings: {
                graceMonths: number;
                percentages: {
                  basisPoints: number;
                  /** Format: uuid */
                  organisationId: string;
                }[];
                /** @enum {string} */
                splitRule: 'per_participant' | 'per_adept' | 'equal' | 'percentages' | 'owner';
                /** @enum {string} */
                withdrawalRule: 'full' | 'free_within';
              };
              sharedCosts: {
                items: {
                  amount: number | null;
                  attachment: {
                    contentType: string;
                    name: string;
                    size: number;
                  } | null;
                  /** @enum {string} */
                  category: 'venue' | 'lecturers' | 'training' | 'catering' | 'other';
                  /** @enum {string} */
                  currency: 'SEK' | 'NOK';
                  description: string;
                  /** Format: uuid */
                  id: string;
                  incurredOn: string;
                  note: string | null;
                  share: {
                    amount: number;
                    vat: number;
                  } | null;
                  vat: number | null;
                }[];
                page: number;
                pageSize: number;
                total: number;
              };
              startsOn: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/costs/access': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              manage: boolean;
              read: boolean;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/costs/organisations/{organisationId}/basis': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query: {
          format: 'csv' | 'xlsx' | 'pdf';
          lang?: 'sv' | 'nb' | 'en';
        };
        header?: never;
        path: {
          organisationId: string;
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/costs/organisations/{organisationId}/cap': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          organisationId: string;
          programId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            adeptCap: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              can: {
                manage: boolean;
              };
              /** @enum {string} */
              currency: 'SEK' | 'NOK';
              feePerAdept: number;
              feePerMentor: number;
              organisations: {
                adeptCap: number | null;
                adepts: number;
                basisPoints: number | null;
                /** @enum {string} */
                currency: 'SEK' | 'NOK';
                fees: number;
                invoice: {
                  invoicedOn: string;
                  reference: string;
                } | null;
                mentors: number;
                /** Format: uuid */
                organisationId: string;
                organisationName: string;
                owner: boolean;
                participants: {
                  counts: boolean;
                  fee: number;
                  leftOn: string | null;
                  name: string | null;
                  /** @enum {string} */
                  role: 'adept' | 'mentor';
                }[];
                sharedAmount: number;
                sharedVat: number;
                total: number;
              }[];
              organiserName: string;
              outcome: {
                completedPairs: number;
                hours: number;
                participants: number;
                perCompletedPair: number | null;
                perHour: number | null;
                perParticipant: number | null;
                total: number;
              } | null;
              /** Format: uuid */
              programId: string;
              programName: string;
              programTotals: {
                fees: number;
                sharedAmount: number;
                sharedVat: number;
                total: number;
              } | null;
              settings: {
                graceMonths: number;
                percentages: {
                  basisPoints: number;
                  /** Format: uuid */
                  organisationId: string;
                }[];
                /** @enum {string} */
                splitRule: 'per_participant' | 'per_adept' | 'equal' | 'percentages' | 'owner';
                /** @enum {string} */
                withdrawalRule: 'full' | 'free_within';
              };
              sharedCosts: {
                items: {
                  amount: number | null;
                  attachment: {
                    contentType: string;
                    name: string;
                    size: number;
                  } | null;
                  /** @enum {string} */
                  category: 'venue' | 'lecturers' | 'training' | 'catering' | 'other';
                  /** @enum {string} */
                  currency: 'SEK' | 'NOK';
                  description: string;
                  /** Format: uuid */
                  id: string;
                  incurredOn: string;
                  note: string | null;
                  share: {
                    amount: number;
                    vat: number;
                  } | null;
                  vat: number | null;
                }[];
                page: number;
                pageSize: number;
                total: number;
              };
              startsOn: string | null;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/costs/organisations/{organisationId}/invoice': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          organisationId: string;
          programId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            invoicedOn: string;
            reference: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              can: {
                manage: boolean;
              };
              /** @enum {string} */
              currency: 'SEK' | 'NOK';
              feePerAdept: number;
              feePerMentor: number;
              organisations: {
                adeptCap: number | null;
                adepts: number;
                basisPoints: number | null;
                /** @enum {string} */
                currency: 'SEK' | 'NOK';
                fees: number;
                invoice: {
                  invoicedOn: string;
                  reference: string;
                } | null;
                mentors: number;
                /** Format: uuid */
                organisationId: string;
                organisationName: string;
                owner: boolean;
                participants: {
                  counts: boolean;
                  fee: number;
                  leftOn: string | null;
                  name: string | null;
                  /** @enum {string} */
                  role: 'adept' | 'mentor';
                }[];
                sharedAmount: number;
                sharedVat: number;
                total: number;
              }[];
              organiserName: string;
              outcome: {
                completedPairs: number;
                hours: number;
                participants: number;
                perCompletedPair: number | null;
                perHour: number | null;
                perParticipant: number | null;
                total: number;
              } | null;
              /** Format: uuid */
              programId: string;
              programName: string;
              programTotals: {
                fees: number;
                sharedAmount: number;
                sharedVat: number;
                total: number;
              } | null;
              settings: {
                graceMonths: number;
                percentages: {
                  basisPoints: number;
                  /** Format: uuid */
                  organisationId: string;
                }[];
                /** @enum {string} */
                splitRule: 'per_participant' | 'per_adept' | 'equal' | 'percentages' | 'owner';
                /** @enum {string} */
                withdrawalRule: 'full' | 'free_within';
              };
              sharedCosts: {
                items: {
                  amount: number | null;
                  attachment: {
                    contentType: string;
                    name: string;
                    size: number;
                  } | null;
                  /** @enum {string} */
                  category: 'venue' | 'lecturers' | 'training' | 'catering' | 'other';
                  /** @enum {string} */
                  currency: 'SEK' | 'NOK';
                  description: string;
                  /** Format: uuid */
                  id: string;
                  incurredOn: string;
                  note: string | null;
                  share: {
                    amount: number;
                    vat: number;
                  } | null;
                  vat: number | null;
                }[];
                page: number;
                pageSize: number;
                total: number;
              };
              startsOn: string | null;
            };
          };
        };
      };
    };
    post?: never;
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          organisationId: string;
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              can: {
                manage: boolean;
              };
              /** @enum {string} */
              currency: 'SEK' | 'NOK';
              feePerAdept: number;
              feePerMentor: number;
              organisations: {
                adeptCap: number | null;
                adepts: number;
                basisPoints: number | null;
                /** @enum {string} */
                currency: 'SEK' | 'NOK';
                fees: number;
                invoice: {
                  invoicedOn: string;
                  reference: string;
                } | null;
                mentors: number;
                /** Format: uuid */
                organisationId: string;
                organisationName: string;
                owner: boolean;
                participants: {
                  counts: boolean;
                  fee: number;
                  leftOn: string | null;
                  name: string | null;
                  /** @enum {string} */
                  role: 'adept' | 'mentor';
                }[];
                sharedAmount: number;
                sharedVat: number;
                total: number;
              }[];
              organiserName: string;
              outcome: {
                completedPairs: number;
                hours: number;
                participants: number;
                perCompletedPair: number | null;
                perHour: number | null;
                perParticipant: number | null;
                total: number;
              } | null;
              /** Format: uuid */
              programId: string;
              programName: string;
              programTotals: {
                fees: number;
                sharedAmount: number;
                sharedVat: number;
                total: number;
              } | null;
              settings: {
                graceMonths: number;
                percentages: {
                  basisPoints: number;
                  /** Format: uuid */
                  organisationId: string;
                }[];
                /** @enum {string} */
                splitRule: 'per_participant' | 'per_adept' | 'equal' | 'percentages' | 'owner';
                /** @enum {string} */
                withdrawalRule: 'full' | 'free_within';
              };
              sharedCosts: {
                items: {
                  amount: number | null;
                  attachment: {
                    contentType: string;
                    name: string;
                    size: number;
                  } | null;
                  /** @enum {string} */
                  category: 'venue' | 'lecturers' | 'training' | 'catering' | 'other';
                  /** @enum {string} */
                  currency: 'SEK' | 'NOK';
                  description: string;
                  /** Format: uuid */
                  id: string;
                  incurredOn: string;
                  note: string | null;
                  share: {
                    amount: number;
                    vat: number;
                  } | null;
                  vat: number | null;
                }[];
                page: number;
                pageSize: number;
                total: number;
              };
              startsOn: string | null;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/costs/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default 0 */
            graceMonths?: number;
            /** @default [] */
            percentages?: {
              basisPoints: number;
              /** Format: uuid */
              organisationId: string;
            }[];
            /** @enum {string} */
            splitRule: 'per_participant' | 'per_adept' | 'equal' | 'percentages' | 'owner';
            /**
             * @default full
             * @enum {string}
             */
            withdrawalRule?: 'full' | 'free_within';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              can: {
                manage: boolean;
              };
              /** @enum {string} */
              currency: 'SEK' | 'NOK';
              feePerAdept: number;
              feePerMentor: number;
              organisations: {
                adeptCap: number | null;
                adepts: number;
                basisPoints: number | null;
                /** @enum {string} */
                currency: 'SEK' | 'NOK';
                fees: number;
                invoice: {
                  invoicedOn: string;
                  reference: string;
                } | null;
                mentors: number;
                /** Format: uuid */
                organisationId: string;
                organisationName: string;
                owner: boolean;
                participants: {
                  counts: boolean;
                  fee: number;
                  leftOn: string | null;
                  name: string | null;
                  /** @enum {string} */
                  role: 'adept' | 'mentor';
                }[];
                sharedAmount: number;
                sharedVat: number;
                total: number;
              }[];
              organiserName: string;
              outcome: {
                completedPairs: number;
                hours: number;
                participants: number;
                perCompletedPair: number | null;
                perHour: number | null;
                perParticipant: number | null;
                total: number;
              } | null;
              /** Format: uuid */
              programId: string;
              programName: string;
              programTotals: {
                fees: number;
                sharedAmount: number;
                sharedVat: number;
                total: number;
              } | null;
              settings: {
                graceMonths: number;
                percentages: {
                  basisPoints: number;
                  /** Format: uuid */
                  organisationId: string;
                }[];
                /** @enum {string} */
                splitRule: 'per_participant' | 'per_adept' | 'equal' | 'percentages' | 'owner';
                /** @enum {string} */
                withdrawalRule: 'full' | 'free_within';
              };
              sharedCosts: {
                items: {
                  amount: number | null;
                  attachment: {
                    contentType: string;
                    name: string;
                    size: number;
                  } | null;
                  /** @enum {string} */
                  category: 'venue' | 'lecturers' | 'training' | 'catering' | 'other';
                  /** @enum {string} */
                  currency: 'SEK' | 'NOK';
                  description: string;
                  /** Format: uuid */
                  id: string;
                  incurredOn: string;
                  note: string | null;
                  share: {
                    amount: number;
                    vat: number;
                  } | null;
                  vat: number | null;
                }[];
                page: number;
                pageSize: number;
                total: number;
              };
              startsOn: string | null;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/costs/shared': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            amount: number;
            attachment?: {
              /** @enum {string} */
              contentType: 'application/pdf' | 'image/png' | 'image/jpeg';
              /** Format: base64 */
              data: string;
              name: string;
            } | null;
            /** @enum {string} */
            category: 'venue' | 'lecturers' | 'training' | 'catering' | 'other';
            /** @enum {string} */
            currency: 'SEK' | 'NOK';
            description: string;
            /** Format: date */
            incurredOn: string;
            note?: string | null;
            /** @default 0 */
            vat?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              can: {
                manage: boolean;
              };
              /** @enum {string} */
              currency: 'SEK' | 'NOK';
              feePerAdept: number;
              feePerMentor: number;
              organisations: {
                adeptCap: number | null;
                adepts: number;
                basisPoints: number | null;
                /** @enum {string} */
                currency: 'SEK' | 'NOK';
                fees: number;
                invoice: {
                  invoicedOn: string;
                  reference: string;
                } | null;
                mentors: number;
                /** Format: uuid */
                organisationId: string;
                organisationName: string;
                owner: boolean;
                participants: {
                  counts: boolean;
                  fee: number;
                  leftOn: string | null;
                  name: string | null;
                  /** @enum {string} */
                  role: 'adept' | 'mentor';
                }[];
                sharedAmount: number;
                sharedVat: number;
                total: number;
              }[];
              organiserName: string;
              outcome: {
                completedPairs: number;
                hours: number;
                participants: number;
                perCompletedPair: number | null;
                perHour: number | null;
                perParticipant: number | null;
                total: number;
              } | null;
              /** Format: uuid */
              programId: string;
              programName: string;
              programTotals: {
                fees: number;
                sharedAmount: number;
                sharedVat: number;
                total: number;
              } | null;
              settings: {
                graceMonths: number;
                percentages: {
                  basisPoints: number;
                  /** Format: uuid */
                  organisationId: string;
                }[];
                /** @enum {string} */
                splitRule: 'per_participant' | 'per_adept' | 'equal' | 'percentages' | 'owner';
                /** @enum {string} */
                withdrawalRule: 'full' | 'free_within';
              };
              sharedCosts: {
                items: {
                  amount: number | null;
                  attachment: {
                    contentType: string;
                    name: string;
                    size: number;
                  } | null;
                  /** @enum {string} */
                  category: 'venue' | 'lecturers' | 'training' | 'catering' | 'other';
                  /** @enum {string} */
                  currency: 'SEK' | 'NOK';
                  description: string;
                  /** Format: uuid */
                  id: string;
                  incurredOn: string;
                  note: string | null;
                  share: {
                    amount: number;
                    vat: number;
                  } | null;
                  vat: number | null;
                }[];
                page: number;
                pageSize: number;
                total: number;
              };
              startsOn: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/costs/shared/{costId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          costId: string;
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              can: {
                manage: boolean;
              };
              /** @enum {string} */
              currency: 'SEK' | 'NOK';
              feePerAdept: number;
              feePerMentor: number;
              organisations: {
                adeptCap: number | null;
                adepts: number;
                basisPoints: number | null;
                /** @enum {string} */
                currency: 'SEK' | 'NOK';
                fees: number;
                invoice: {
                  invoicedOn: string;
                  reference: string;
                } | null;
                mentors: number;
                /** Format: uuid */
                organisationId: string;
                organisationName: string;
                owner: boolean;
                participants: {
                  counts: boolean;
                  fee: number;
                  leftOn: string | null;
                  name: string | null;
                  /** @enum {string} */
                  role: 'adept' | 'mentor';
                }[];
                sharedAmount: number;
                sharedVat: number;
                total: number;
              }[];
              organiserName: string;
              outcome: {
                completedPairs: number;
                hours: number;
                participants: number;
                perCompletedPair: number | null;
                perHour: number | null;
                perParticipant: number | null;
                total: number;
              } | null;
              /** Format: uuid */
              programId: string;
              programName: string;
              programTotals: {
                fees: number;
                sharedAmount: number;
                sharedVat: number;
                total: number;
              } | null;
              settings: {
                graceMonths: number;
                percentages: {
                  basisPoints: number;
                  /** Format: uuid */
                  organisationId: string;
                }[];
                /** @enum {string} */
                splitRule: 'per_participant' | 'per_adept' | 'equal' | 'percentages' | 'owner';
                /** @enum {string} */
                withdrawalRule: 'full' | 'free_within';
              };
              sharedCosts: {
                items: {
                  amount: number | null;
                  attachment: {
                    contentType: string;
                    name: string;
                    size: number;
                  } | null;
                  /** @enum {string} */
                  category: 'venue' | 'lecturers' | 'training' | 'catering' | 'other';
                  /** @enum {string} */
                  currency: 'SEK' | 'NOK';
                  description: string;
                  /** Format: uuid */
                  id: string;
                  incurredOn: string;
                  note: string | null;
                  share: {
                    amount: number;
                    vat: number;
                  } | null;
                  vat: number | null;
                }[];
                page: number;
                pageSize: number;
                total: number;
              };
              startsOn: string | null;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          costId: string;
          programId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            amount?: number;
            attachment?: {
              /** @enum {string} */
              contentType: 'application/pdf' | 'image/png' | 'image/jpeg';
              /** Format: base64 */
              data: string;
              name: string;
            } | null;
            /** @enum {string} */
            category?: 'venue' | 'lecturers' | 'training' | 'catering' | 'other';
            /** @enum {string} */
            currency?: 'SEK' | 'NOK';
            description?: string;
            /** Format: date */
            incurredOn?: string;
            note?: string | null;
            vat?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              can: {
                manage: boolean;
              };
              /** @enum {string} */
              currency: 'SEK' | 'NOK';
              feePerAdept: number;
              feePerMentor: number;
              organisations: {
                adeptCap: number | null;
                adepts: number;
                basisPoints: number | null;
                /** @enum {string} */
                currency: 'SEK' | 'NOK';
                fees: number;
                invoice: {
                  invoicedOn: string;
                  reference: string;
                } | null;
                mentors: number;
                /** Format: uuid */
                organisationId: string;
                organisationName: string;
                owner: boolean;
                participants: {
                  counts: boolean;
                  fee: number;
                  leftOn: string | null;
                  name: string | null;
                  /** @enum {string} */
                  role: 'adept' | 'mentor';
                }[];
                sharedAmount: number;
                sharedVat: number;
                total: number;
              }[];
              organiserName: string;
              outcome: {
                completedPairs: number;
                hours: number;
                participants: number;
                perCompletedPair: number | null;
                perHour: number | null;
                perParticipant: number | null;
                total: number;
              } | null;
              /** Format: uuid */
              programId: string;
              programName: string;
              programTotals: {
                fees: number;
                sharedAmount: number;
                sharedVat: number;
                total: number;
              } | null;
              settings: {
                graceMonths: number;
                percentages: {
                  basisPoints: number;
                  /** Format: uuid */
                  organisationId: string;
                }[];
                /** @enum {string} */
                splitRule: 'per_participant' | 'per_adept' | 'equal' | 'percentages' | 'owner';
                /** @enum {string} */
                withdrawalRule: 'full' | 'free_within';
              };
              sharedCosts: {
                items: {
                  amount: number | null;
                  attachment: {
                    contentType: string;
                    name: string;
                    size: number;
                  } | null;
                  /** @enum {string} */
                  category: 'venue' | 'lecturers' | 'training' | 'catering' | 'other';
                  /** @enum {string} */
                  currency: 'SEK' | 'NOK';
                  description: string;
                  /** Format: uuid */
                  id: string;
                  incurredOn: string;
                  note: string | null;
                  share: {
                    amount: number;
                    vat: number;
                  } | null;
                  vat: number | null;
                }[];
                page: number;
                pageSize: number;
                total: number;
              };
              startsOn: string | null;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/programs/{programId}/costs/shared/{costId}/attachment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          costId: string;
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/costs/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query: {
          format: 'csv' | 'xlsx' | 'pdf';
          lang?: 'sv' | 'nb' | 'en';
        };
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            applicationIds: string[];
            /** @enum {string} */
            decision: 'accepted' | 'waitlisted' | 'rejected';
            message?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              answers: {
                [key: string]: (string | string[] | number) | null;
              };
              /** @enum {string} */
              confirmation: 'not_required' | 'pending' | 'confirmed' | 'declined';
              confirmationRespondedAt: string | null;
              decisionMessage: string | null;
              editable: boolean;
              eligibility: {
                results: {
                  kind: string;
                  override?: {
                    at: string;
                    by: string;
                    kind: string;
                    reason: string;
                  };
                  passed: boolean | null;
                  reason: string;
                  values: {
                    [key: string]: string | number;
                  };
                }[];
                /** @enum {string} */
                status: 'eligible' | 'unknown' | 'ineligible';
              };
              email: string;
              /** Format: uuid */
              id: string;
              managerEmail: string | null;
              managerName: string | null;
              name: string;
              nominatedBy: string | null;
              organisationName: string;
              /** Format: uuid */
              personId: string;
              profile: {
                availability?: string | null;
                birthYear?: number | null;
                /** @default [] */
                competenceAreas: string[];
                developmentGoals?: string | null;
                /** @default [] */
                interests: string[];
                /** @default [] */
                languages: string[];
                location?: string | null;
                /** @enum {string|null} */
                meetingPreference?: 'digital' | 'physical' | 'either' | null;
                mentorCapacity?: number | null;
                staffResponsibility?: boolean | null;
                title?: string | null;
                /** @default [] */
                tooClose: string[];
                unitName?: string | null;
                wishes?: string | null;
                yearsAsManager?: number | null;
              };
              /** Format: uuid */
              programId: string;
              programName: string;
              recommendations: {
                comment: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                verdict: 'pending' | 'recommend' | 'advise_against';
              }[];
              /** @enum {string} */
              role: 'adept' | 'mentor';
              sensitive: {
                consentAt: string;
                underRepresented: boolean;
              } | null;
              /** @enum {string} */
              status: 'draft' | 'submitted' | 'accepted' | 'waitlisted' | 'rejected' | 'withdrawn';
              submittedAt: string | null;
              unitPath: string[];
              updatedAt: string;
            }[];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/directory': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
          q?: string;
        };
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              can: {
                browse: boolean;
                join: boolean;
              };
              items: {
                interests: string | null;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                title: string | null;
              }[];
              limit: number;
              mine: {
                interests: string | null;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                title: string | null;
              } | null;
              offset: number;
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/directory/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {boolean} */
            consent: true;
            interests?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    post?: never;
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/evaluation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              attendance: {
                absent: {
                  n: number;
                  /** @enum {string|null} */
                  suppressed: 'primary' | 'secondary' | null;
                  value:
                    | (
                        | number
                        | {
                            [key: string]: number;
                          }
                      )
                    | null;
                };
                attended: {
                  n: number;
                  /** @enum {string|null} */
                  suppressed: 'primary' | 'secondary' | null;
                  value:
                    | (
                        | number
                        | {
                            [key: string]: number;
                          }
                      )
                    | null;
                };
                /** Format: uuid */
                eventId: string;
                recorded: {
                  n: number;
                  /** @enum {string|null} */
                  suppressed: 'primary' | 'secondary' | null;
                  value:
                    | (
                        | number
                        | {
                            [key: string]: number;
                          }
                      )
                    | null;
                };
                startsOn: string;
                title: string;
              }[];
              funnel: {
                figure: {
                  n: number;
                  /** @enum {string|null} */
                  suppressed: 'primary' | 'secondary' | null;
                  value:
                    | (
                        | number
                        | {
                            [key: string]: number;
                          }
                      )
                    | null;
                };
                /** @enum {string} */
                step: 'applied' | 'eligible' | 'accepted' | 'matched' | 'agreementSigned' | 'active' | 'completed';
              }[];
              minGroupSize: number;
              outcomes: {
                after: {
                  n: number;
                  /** @enum {string|null} */
                  suppressed: 'primary' | 'secondary' | null;
                  value:
                    | (
                        | number
                        | {
                            [key: string]: number;
                          }
                      )
                    | null;
                };
                before: {
                  n: number;
                  /** @enum {string|null} */
                  suppressed: 'primary' | 'secondary' | null;
                  value:
                    | (
                        | number
                        | {
                            [key: string]: number;
                          }
                      )
                    | null;
                };
                change: {
                  n: number;
                  /** @enum {string|null} */
                  suppressed: 'primary' | 'secondary' | null;
                  value:
                    | (
                        | number
                        | {
                            [key: string]: number;
                          }
                      )
                    | null;
                };
                instrument: string;
                measure: string;
              }[];
              pairHealth: {
                figure: {
                  n: number;
                  /** @enum {string|null} */
                  suppressed: 'primary' | 'secondary' | null;
                  value:
                    | (
                        | number
                        | {
                            [key: string]: number;
                          }
                      )
                    | null;
                };
                /** @enum {string} */
                key: 'meetingWithin6Weeks' | 'quiet' | 'ended';
              }[];
              surveys: {
                answered: number;
                closesOn: string | null;
                /** Format: uuid */
                id: string;
                invited: number;
                /** @enum {string} */
                kind: 'baseline' | 'fit' | 'pulse' | 'midpoint' | 'end' | 'followup6' | 'followup12' | 'event' | 'adhoc';
                occasion: string;
                opensOn: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/evaluation/export/{format}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          lang?: 'sv' | 'nb' | 'en';
          organisationId?: string;
        };
        header?: never;
        path: {
          format: 'csv' | 'xlsx';
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/evaluation/report.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          lang?: 'sv' | 'nb' | 'en';
          organisationId?: string;
        };
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
          when?: 'upcoming' | 'all';
        };
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              can: {
                manage: boolean;
              };
              items: {
                attachments: {
                  contentType: string;
                  /** Format: uuid */
                  id: string;
                  /** @enum {string|null} */
                  locale: 'sv' | 'nb' | 'en' | null;
                  name: string;
                  size: number;
                }[];
                /** @enum {string} */
                audience: 'everyone' | 'mentors' | 'adepts' | 'coordinators' | 'organisation' | 'group';
                /** Format: uuid */
                audienceGroupId: string | null;
                /** Format: uuid */
                audienceOrganisationId: string | null;
                can: {
                  checkIn: boolean;
                  manage: boolean;
                  respond: boolean;
                };
                cancelled: boolean;
                capacity: number | null;
                checkInCode: string | null;
                counts: {
                  attended: number;
                  invited: number;
                  maybe: number;
                  no: number;
                  pending: number;
                  waitlisted: number;
                  yes: number;
                } | null;
                description: string | null;
                endsAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'kickoff' | 'inspiration' | 'training' | 'group_meeting' | 'coaching' | 'closing' | 'other';
                links: {
                  label: string;
                  /** @enum {string|null} */
                  locale: 'sv' | 'nb' | 'en' | null;
                  url: string;
                }[];
                location: string | null;
                /** @enum {string} */
                mode: 'physical' | 'digital' | 'both';
                myInvitation: {
                  /** @enum {string|null} */
                  attendance: 'attended' | 'absent' | null;
                  /** @enum {string|null} */
                  attendMode: 'physical' | 'digital' | null;
                  /** @enum {string} */
                  response: 'pending' | 'yes' | 'no' | 'maybe';
                  waitlisted: boolean;
                } | null;
                onlineUrl: string | null;
                /** Format: uuid */
                parentId: string | null;
                /** Format: uuid */
                programId: string;
                reminderDays: number[];
                required: boolean;
                sequence: number;
                /** Format: uuid */
                seriesId: string | null;
                seriesIndex: number | null;
                sessions: {
                  attachments: {
                    contentType: string;
                    /** Format: uuid */
                    id: string;
                    /** @enum {string|null} */
                    locale: 'sv' | 'nb' | 'en' | null;
                    name: string;
                    size: number;
                  }[];
                  /** @enum {string} */
                  audience: 'everyone' | 'mentors' | 'adepts' | 'coordinators' | 'organisation' | 'group';
                  /** Format: uuid */
                  audienceGroupId: string | null;
                  /** Format: uuid */
                  audienceOrganisationId: string | null;
                  can: {
                    checkIn: boolean;
                    manage: boolean;
                    respond: boolean;
                  };
                  cancelled: boolean;
                  capacity: number | null;
                  checkInCode: string | null;
                  counts: {
                    attended: number;
                    invited: number;
                    maybe: number;
                    no: number;
                    pending: number;
                    waitlisted: number;
                    yes: number;
                  } | null;
                  description: string | null;
                  endsAt: string;
                  /** Format: uuid */
                  id: string;
                  /** @enum {string} */
                  kind: 'kickoff' | 'inspiration' | 'training' | 'group_meeting' | 'coaching' | 'closing' | 'other';
                  links: {
                    label: string;
                    /** @enum {string|null} */
                    locale: 'sv' | 'nb' | 'en' | null;
                    url: string;
                  }[];
                  location: string | null;
                  /** @enum {string} */
                  mode: 'physical' | 'digital' | 'both';
                  myInvitation: {
                    /** @enum {string|null} */
                    attendance: 'attended' | 'absent' | null;
                    /** @enum {string|null} */
                    attendMode: 'physical' | 'digital' | null;
                    /** @enum {string} */
                    response: 'pending' | 'yes' | 'no' | 'maybe';
                    waitlisted: boolean;
                  } | null;
                  onlineUrl: string | null;
                  /** Format: uuid */
                  parentId: string | null;
                  /** Format: uuid */
                  programId: string;
                  reminderDays: number[];
                  required: boolean;
                  sequence: number;
                  /** Format: uuid */
                  seriesId: string | null;
                  seriesIndex: number | null;
                  startsAt: string;
                  timeZone: string;
                  title: string;
                  translations: {
                    [key: string]: {
                      description?: string | null;
                      title?: string | null;
                    };
                  };
                }[];
                startsAt: string;
                timeZone: string;
                title: string;
                translations: {
                  [key: string]: {
                    description?: string | null;
                    title?: string | null;
                  };
                };
              }[];
              limit: number;
              offset: number;
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @default everyone
             * @enum {string}
             */
            audience?: 'everyone' | 'mentors' | 'adepts' | 'coordinators' | 'organisation' | 'group';
            /** Format: uuid */
            audienceGroupId?: string | null;
            /** Format: uuid */
            audienceOrganisationId?: string | null;
            capacity?: number | null;
            description?: string | null;
            endsAt: string;
            /** @enum {string} */
            kind: 'kickoff' | 'inspiration' | 'training' | 'group_meeting' | 'coaching' | 'closing' | 'other';
            /** @default [] */
            links?: {
              label: string;
              /** @enum {string|null} */
              locale?: 'sv' | 'nb' | 'en' | null;
              /** Format: uri */
              url: string;
            }[];
            location?: string | null;
            /**
             * @default physical
             * @enum {string}
             */
            mode?: 'physical' | 'digital' | 'both';
            /** Format: uri */
            onlineUrl?: string | null;
            /**
             * @default [
             *       7,
             *       1
             *     ]
             */
            reminderDays?: number[];
            /** @default false */
            required?: boolean;
            series?: {
              count: number;
              everyWeeks: number;
            } | null;
            /** @default [] */
            sessions?: {
              /** @enum {string} */
              audience: 'everyone' | 'mentors' | 'adepts' | 'coordinators' | 'organisation' | 'group';
              /** Format: uuid */
              audienceOrganisationId?: string | null;
              capacity?: number | null;
              endsAt?: string | null;
              location?: string | null;
              /** Format: uri */
              onlineUrl?: string | null;
              startsAt?: string | null;
              title: string;
            }[];
            startsAt: string;
            /** @default Europe/Stockholm */
            timeZone?: string;
            title: string;
            translations?: {
              [key: string]: {
                description?: string | null;
                title?: string | null;
              };
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              events: {
                attachments: {
                  contentType: string;
                  /** Format: uuid */
                  id: string;
                  /** @enum {string|null} */
                  locale: 'sv' | 'nb' | 'en' | null;
                  name: string;
                  size: number;
                }[];
                /** @enum {string} */
                audience: 'everyone' | 'mentors' | 'adepts' | 'coordinators' | 'organisation' | 'group';
                /** Format: uuid */
                audienceGroupId: string | null;
                /** Format: uuid */
                audienceOrganisationId: string | null;
                can: {
                  checkIn: boolean;
                  manage: boolean;
                  respond: boolean;
                };
                cancelled: boolean;
                capacity: number | null;
                checkInCode: string | null;
                counts: {
                  attended: number;
                  invited: number;
                  maybe: number;
                  no: number;
                  pending: number;
                  waitlisted: number;
                  yes: number;
                } | null;
                description: string | null;
                endsAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'kickoff' | 'inspiration' | 'training' | 'group_meeting' | 'coaching' | 'closing' | 'other';
                links: {
                  label: string;
                  /** @enum {string|null} */
                  locale: 'sv' | 'nb' | 'en' | null;
                  url: string;
                }[];
                location: string | null;
                /** @enum {string} */
                mode: 'physical' | 'digital' | 'both';
                myInvitation: {
                  /** @enum {string|null} */
                  attendance: 'attended' | 'absent' | null;
                  /** @enum {string|null} */
                  attendMode: 'physical' | 'digital' | null;
                  /** @enum {string} */
                  response: 'pending' | 'yes' | 'no' | 'maybe';
                  waitlisted: boolean;
                } | null;
                onlineUrl: string | null;
                /** Format: uuid */
                parentId: string | null;
                /** Format: uuid */
                programId: string;
                reminderDays: number[];
                required: boolean;
                sequence: number;
                /** Format: uuid */
                seriesId: string | null;
                seriesIndex: number | null;
                sessions: {
                  attachments: {
                    contentType: string;
                    /** Format: uuid */
                    id: string;
                    /** @enum {string|null} */
                    locale: 'sv' | 'nb' | 'en' | null;
                    name: string;
                    size: number;
                  }[];
                  /** @enum {string} */
                  audience: 'everyone' | 'mentors' | 'adepts' | 'coordinators' | 'organisation' | 'group';
                  /** Format: uuid */
                  audienceGroupId: string | null;
                  /** Format: uuid */
                  audienceOrganisationId: string | null;
                  can: {
                    checkIn: boolean;
                    manage: boolean;
                    respond: boolean;
                  };
                  cancelled: boolean;
                  capacity: number | null;
                  checkInCode: string | null;
                  counts: {
                    attended: number;
                    invited: number;
                    maybe: number;
                    no: number;
                    pending: number;
                    waitlisted: number;
                    yes: number;
                  } | null;
                  description: string | null;
                  endsAt: string;
                  /** Format: uuid */
                  id: string;
                  /** @enum {string} */
                  kind: 'kickoff' | 'inspiration' | 'training' | 'group_meeting' | 'coaching' | 'closing' | 'other';
                  links: {
                    label: string;
                    /** @enum {string|null} */
                    locale: 'sv' | 'nb' | 'en' | null;
                    url: string;
                  }[];
                  location: string | null;
                  /** @enum {string} */
                  mode: 'physical' | 'digital' | 'both';
                  myInvitation: {
                    /** @enum {string|null} */
                    attendance: 'attended' | 'absent' | null;
                    /** @enum {string|null} */
                    attendMode: 'physical' | 'digital' | null;
                    /** @enum {string} */
                    response: 'pending' | 'yes' | 'no' | 'maybe';
                    waitlisted: boolean;
                  } | null;
                  onlineUrl: string | null;
                  /** Format: uuid */
                  parentId: string | null;
                  /** Format: uuid */
                  programId: string;
                  reminderDays: number[];
                  required: boolean;
                  sequence: number;
                  /** Format: uuid */
                  seriesId: string | null;
                  seriesIndex: number | null;
                  startsAt: string;
                  timeZone: string;
                  title: string;
                  translations: {
                    [key: string]: {
                      description?: string | null;
                      title?: string | null;
                    };
                  };
                }[];
                startsAt: string;
                timeZone: string;
                title: string;
                translations: {
                  [key: string]: {
                    description?: string | null;
                    title?: string | null;
                  };
                };
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/events/{eventId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          eventId: string;
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              attachments: {
                contentType: string;
                /** Format: uuid */
                id: string;
                /** @enum {string|null} */
                locale: 'sv' | 'nb' | 'en' | null;
                name: string;
                size: number;
              }[];
              /** @enum {string} */
              audience: 'everyone' | 'mentors' | 'adepts' | 'coordinators' | 'organisation' | 'group';
              /** Format: uuid */
              audienceGroupId: string | null;
              /** Format: uuid */
              audienceOrganisationId: string | null;
              can: {
                checkIn: boolean;
                manage: boolean;
                respond: boolean;
              };
              cancelled: boolean;
              capacity: number | null;
              checkInCode: string | null;
              counts: {
                attended: number;
                invited: number;
                maybe: number;
                no: number;
                pending: number;
                waitlisted: number;
                yes: number;
              } | null;
              description: string | null;
              endsAt: string;
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'kickoff' | 'inspiration' | 'training' | 'group_meeting' | 'coaching' | 'closing' | 'other';
              links: {
                label: string;
                /** @enum {string|null} */
                locale: 'sv' | 'nb' | 'en' | null;
                url: string;
              }[];
              location: string | null;
              /** @enum {string} */
              mode: 'physical' | 'digital' | 'both';
              myInvitation: {
                /** @enum {string|null} */
                attendance: 'attended' | 'absent' | null;
                /** @enum {string|null} */
                attendMode: 'physical' | 'digital' | null;
                /** @enum {string} */
                response: 'pending' | 'yes' | 'no' | 'maybe';
                waitlisted: boolean;
              } | null;
              onlineUrl: string | null;
              /** Format: uuid */
              parentId: string | null;
              /** Format: uuid */
              programId: string;
              reminderDays: number[];
              required: boolean;
              sequence: number;
              /** Format: uuid */
              seriesId: string | null;
              seriesIndex: number | null;
              sessions: {
                attachments: {
                  contentType: string;
                  /** Format: uuid */
                  id: string;
                  /** @enum {string|null} */
                  locale: 'sv' | 'nb' | 'en' | null;
                  name: string;
                  size: number;
                }[];
                /** @enum {string} */
                audience: 'everyone' | 'mentors' | 'adepts' | 'coordinators' | 'organisation' | 'group';
                /** Format: uuid */
                audienceGroupId: string | null;
                /** Format: uuid */
                audienceOrganisationId: string | null;
                can: {
                  checkIn: boolean;
                  manage: boolean;
                  respond: boolean;
                };
                cancelled: boolean;
                capacity: number | null;
                checkInCode: string | null;
                counts: {
                  attended: number;
                  invited: number;
                  maybe: number;
                  no: number;
                  pending: number;
                  waitlisted: number;
                  yes: number;
                } | null;
                description: string | null;
                endsAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'kickoff' | 'inspiration' | 'training' | 'group_meeting' | 'coaching' | 'closing' | 'other';
                links: {
                  label: string;
                  /** @enum {string|null} */
                  locale: 'sv' | 'nb' | 'en' | null;
                  url: string;
                }[];
                location: string | null;
                /** @enum {string} */
                mode: 'physical' | 'digital' | 'both';
                myInvitation: {
                  /** @enum {string|null} */
                  attendance: 'attended' | 'absent' | null;
                  /** @enum {string|null} */
                  attendMode: 'physical' | 'digital' | null;
                  /** @enum {string} */
                  response: 'pending' | 'yes' | 'no' | 'maybe';
                  waitlisted: boolean;
                } | null;
                onlineUrl: string | null;
                /** Format: uuid */
                parentId: string | null;
                /** Format: uuid */
                programId: string;
                reminderDays: number[];
                required: boolean;
                sequence: number;
                /** Format: uuid */
                seriesId: string | null;
                seriesIndex: number | null;
                startsAt: string;
                timeZone: string;
                title: string;
                translations: {
                  [key: string]: {
                    description?: string | null;
                    title?: string | null;
                  };
                };
              }[];
              startsAt: string;
              timeZone: string;
              title: string;
              translations: {
                [key: string]: {
                  description?: string | null;
                  title?: string | null;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          eventId: string;
          programId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            audience?: 'everyone' | 'mentors' | 'adepts' | 'coordinators' | 'organisation' | 'group';
            /** Format: uuid */
            audienceGroupId?: string | null;
            /** Format: uuid */
            audienceOrganisationId?: string | null;
            capacity?: number | null;
            description?: string | null;
            endsAt?: string;
            /** @enum {string} */
            kind?: 'kickoff' | 'inspiration' | 'training' | 'group_meeting' | 'coaching' | 'closing' | 'other';
            links?: {
              label: string;
              /** @enum {string|null} */
              locale?: 'sv' | 'nb' | 'en' | null;
              /** Format: uri */
              url: string;
            }[];
            location?: string | null;
            /** @enum {string} */
            mode?: 'physical' | 'digital' | 'both';
            /** Format: uri */
            onlineUrl?: string | null;
            reminderDays?: number[];
            required?: boolean;
            startsAt?: string;
            timeZone?: string;
            title?: string;
            translations?: {
              [key: string]: {
                description?: string | null;
                title?: string | null;
              };
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              attachments: {
                contentType: string;
                /** Format: uuid */
                id: string;
                /** @enum {string|null} */
                locale: 'sv' | 'nb' | 'en' | null;
                name: string;
                size: number;
              }[];
              /** @enum {string} */
              audience: 'everyone' | 'mentors' | 'adepts' | 'coordinators' | 'organisation' | 'group';
              /** Format: uuid */
              audienceGroupId: string | null;
              /** Format: uuid */
              audienceOrganisationId: string | null;
              can: {
                checkIn: boolean;
                manage: boolean;
                respond: boolean;
              };
              cancelled: boolean;
              capacity: number | null;
              checkInCode: string | null;
              counts: {
                attended: number;
                invited: number;
                maybe: number;
                no: number;
                pending: number;
                waitlisted: number;
                yes: number;
              } | null;
              description: string | null;
              endsAt: string;
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'kickoff' | 'inspiration' | 'training' | 'group_meeting' | 'coaching' | 'closing' | 'other';
              links: {
                label: string;
                /** @enum {string|null} */
                locale: 'sv' | 'nb' | 'en' | null;
                url: string;
              }[];
              location: string | null;
              /** @enum {string} */
              mode: 'physical' | 'digital' | 'both';
              myInvitation: {
                /** @enum {string|null} */
                attendance: 'attended' | 'absent' | null;
                /** @enum {string|null} */
                attendMode: 'physical' | 'digital' | null;
                /** @enum {string} */
                response: 'pending' | 'yes' | 'no' | 'maybe';
                waitlisted: boolean;
              } | null;
              onlineUrl: string | null;
              /** Format: uuid */
              parentId: string | null;
              /** Format: uuid */
              programId: string;
              reminderDays: number[];
              required: boolean;
              sequence: number;
              /** Format: uuid */
              seriesId: string | null;
              seriesIndex: number | null;
              sessions: {
                attachments: {
                  contentType: string;
                  /** Format: uuid */
                  id: string;
                  /** @enum {string|null} */
                  locale: 'sv' | 'nb' | 'en' | null;
                  name: string;
                  size: number;
                }[];
                /** @enum {string} */
                audience: 'everyone' | 'mentors' | 'adepts' | 'coordinators' | 'organisation' | 'group';
                /** Format: uuid */
                audienceGroupId: string | null;
                /** Format: uuid */
                audienceOrganisationId: string | null;
                can: {
                  checkIn: boolean;
                  manage: boolean;
                  respond: boolean;
                };
                cancelled: boolean;
                capacity: number | null;
                checkInCode: string | null;
                counts: {
                  attended: number;
                  invited: number;
                  maybe: number;
                  no: number;
                  pending: number;
                  waitlisted: number;
                  yes: number;
                } | null;
                description: string | null;
                endsAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'kickoff' | 'inspiration' | 'training' | 'group_meeting' | 'coaching' | 'closing' | 'other';
                links: {
                  label: string;
                  /** @enum {string|null} */
                  locale: 'sv' | 'nb' | 'en' | null;
                  url: string;
                }[];
                location: string | null;
                /** @enum {string} */
                mode: 'physical' | 'digital' | 'both';
                myInvitation: {
                  /** @enum {string|null} */
                  attendance: 'attended' | 'absent' | null;
                  /** @enum {string|null} */
                  attendMode: 'physical' | 'digital' | null;
                  /** @enum {string} */
                  response: 'pending' | 'yes' | 'no' | 'maybe';
                  waitlisted: boolean;
                } | null;
                onlineUrl: string | null;
                /** Format: uuid */
                parentId: string | null;
                /** Format: uuid */
                programId: string;
                reminderDays: number[];
                required: boolean;
                sequence: number;
                /** Format: uuid */
                seriesId: string | null;
                seriesIndex: number | null;
                startsAt: string;
                timeZone: string;
                title: string;
                translations: {
                  [key: string]: {
                    description?: string | null;
                    title?: string | null;
                  };
                };
              }[];
              startsAt: string;
              timeZone: string;
              title: string;
              translations: {
                [key: string]: {
                  description?: string | null;
                  title?: string | null;
                };
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/programs/{programId}/events/{eventId}/answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          eventId: string;
          programId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string|null} */
            attendMode?: 'physical' | 'digital' | null;
            /** @enum {string} */
            response: 'yes' | 'no' | 'maybe';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              attachments: {
                contentType: string;
                /** Format: uuid */
                id: string;
                /** @enum {string|null} */
                locale: 'sv' | 'nb' | 'en' | null;
                name: string;
                size: number;
              }[];
              /** @enum {string} */
              audience: 'everyone' | 'mentors' | 'adepts' | 'coordinators' | 'organisation' | 'group';
              /** Format: uuid */
              audienceGroupId: string | null;
              /** Format: uuid */
              audienceOrganisationId: string | null;
              can: {
                checkIn: boolean;
                manage: boolean;
                respond: boolean;
              };
              cancelled: boolean;
              capacity: number | null;
              checkInCode: string | null;
              counts: {
                attended: number;
                invited: number;
                maybe: number;
                no: number;
                pending: number;
                waitlisted: number;
                yes: number;
              } | null;
              description: string | null;
              endsAt: string;
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'kickoff' | 'inspiration' | 'training' | 'group_meeting' | 'coaching' | 'closing' | 'other';
              links: {
                label: string;
                /** @enum {string|null} */
                locale: 'sv' | 'nb' | 'en' | null;
                url: string;
              }[];
              location: string | null;
              /** @enum {string} */
              mode: 'physical' | 'digital' | 'both';
              myInvitation: {
                /** @enum {string|null} */
                attendance: 'attended' | 'absent' | null;
                /** @enum {string|null} */
                attendMode: 'physical' | 'digital' | null;
                /** @enum {string} */
                response: 'pending' | 'yes' | 'no' | 'maybe';
                waitlisted: boolean;
              } | null;
              onlineUrl: string | null;
              /** Format: uuid */
              parentId: string | null;
              /** Format: uuid */
              programId: string;
              reminderDays: number[];
              required: boolean;
              sequence: number;
              /** Format: uuid */
              seriesId: string | null;
              seriesIndex: number | null;
              sessions: {
                attachments: {
                  contentType: string;
                  /** Format: uuid */
                  id: string;
                  /** @enum {string|null} */
                  locale: 'sv' | 'nb' | 'en' | null;
                  name: string;
                  size: number;
                }[];
                /** @enum {string} */
                audience: 'everyone' | 'mentors' | 'adepts' | 'coordinators' | 'organisation' | 'group';
                /** Format: uuid */
                audienceGroupId: string | null;
                /** Format: uuid */
                audienceOrganisationId: string | null;
                can: {
                  checkIn: boolean;
                  manage: boolean;
                  respond: boolean;
                };
                cancelled: boolean;
                capacity: number | null;
                checkInCode: string | null;
                counts: {
                  attended: number;
                  invited: number;
                  maybe: number;
                  no: number;
                  pending: number;
                  waitlisted: number;
                  yes: number;
                } | null;
                description: string | null;
                endsAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'kickoff' | 'inspiration' | 'training' | 'group_meeting' | 'coaching' | 'closing' | 'other';
                links: {
                  label: string;
                  /** @enum {string|null} */
                  locale: 'sv' | 'nb' | 'en' | null;
                  url: string;
                }[];
                location: string | null;
                /** @enum {string} */
                mode: 'physical' | 'digital' | 'both';
                myInvitation: {
                  /** @enum {string|null} */
                  attendance: 'attended' | 'absent' | null;
                  /** @enum {string|null} */
                  attendMode: 'physical' | 'digital' | null;
                  /** @enum {string} */
                  response: 'pending' | 'yes' | 'no' | 'maybe';
                  waitlisted: boolean;
                } | null;
                onlineUrl: string | null;
                /** Format: uuid */
                parentId: string | null;
                /** Format: uuid */
                programId: string;
                reminderDays: number[];
                required: boolean;
                sequence: number;
                /** Format: uuid */
                seriesId: string | null;
                seriesIndex: number | null;
                startsAt: string;
                timeZone: string;
                title: string;
                translations: {
                  [key: string]: {
                    description?: string | null;
                    title?: string | null;
                  };
                };
              }[];
              startsAt: string;
              timeZone: string;
              title: string;
              translations: {
                [key: string]: {
                  description?: string | null;
                  title?: string | null;
                };
              };
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/events/{eventId}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          eventId: string;
          programId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            file: {
              contentType: string;
              /** Format: base64 */
              data: string;
              name: string;
            };
            /** @enum {string|null} */
            locale?: 'sv' | 'nb' | 'en' | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              attachments: {
                contentType: string;
                /** Format: uuid */
                id: string;
                /** @enum {string|null} */
                locale: 'sv' | 'nb' | 'en' | null;
                name: string;
                size: number;
              }[];
              /** @enum {string} */
              audience: 'everyone' | 'mentors' | 'adepts' | 'coordinators' | 'organisation' | 'group';
              /** Format: uuid */
              audienceGroupId: string | null;
              /** Format: uuid */
              audienceOrganisationId: string | null;
              can: {
                checkIn: boolean;
                manage: boolean;
                respond: boolean;
              };
              cancelled: boolean;
              capacity: number | null;
              checkInCode: string | null;
              counts: {
                attended: number;
                invited: number;
                maybe: number;
                no: number;
                pending: number;
                waitlisted: number;
                yes: number;
              } | null;
              description: string | null;
              endsAt: string;
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'kickoff' | 'inspiration' | 'training' | 'group_meeting' | 'coaching' | 'closing' | 'other';
              links: {
                label: string;
                /** @enum {string|null} */
                locale: 'sv' | 'nb' | 'en' | null;
                url: string;
              }[];
              location: string | null;
              /** @enum {string} */
              mode: 'physical' | 'digital' | 'both';
              myInvitation: {
                /** @enum {string|null} */
                attendance: 'attended' | 'absent' | null;
                /** @enum {string|null} */
                attendMode: 'physical' | 'digital' | null;
                /** @enum {string} */
                response: 'pending' | 'yes' | 'no' | 'maybe';
                waitlisted: boolean;
              } | null;
              onlineUrl: string | null;
              /** Format: uuid */
              parentId: string | null;
              /** Format: uuid */
              programId: string;
              reminderDays: number[];
              required: boolean;
              sequence: number;
              /** Format: uuid */
              seriesId: string | null;
              seriesIndex: number | null;
              sessions: {
                attachments: {
                  contentType: string;
                  /** Format: uuid */
                  id: string;
                  /** @enum {string|null} */
                  locale: 'sv' | 'nb' | 'en' | null;
                  name: string;
                  size: number;
                }[];
                /** @enum {string} */
                audience: 'everyone' | 'mentors' | 'adepts' | 'coordinators' | 'organisation' | 'group';
                /** Format: uuid */
                audienceGroupId: string | null;
                /** Format: uuid */
                audienceOrganisationId: string | null;
                can: {
                  checkIn: boolean;
                  manage: boolean;
                  respond: boolean;
                };
                cancelled: boolean;
                capacity: number | null;
                checkInCode: string | null;
                counts: {
                  attended: number;
                  invited: number;
                  maybe: number;
                  no: number;
                  pending: number;
                  waitlisted: number;
                  yes: number;
                } | null;
                description: string | null;
                endsAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'kickoff' | 'inspiration' | 'training' | 'group_meeting' | 'coaching' | 'closing' | 'other';
                links: {
                  label: string;
                  /** @enum {string|null} */
                  locale: 'sv' | 'nb' | 'en' | null;
                  url: string;
                }[];
                location: string | null;
                /** @enum {string} */
                mode: 'physical' | 'digital' | 'both';
                myInvitation: {
                  /** @enum {string|null} */
                  attendance: 'attended' | 'absent' | null;
                  /** @enum {string|null} */
                  attendMode: 'physical' | 'digital' | null;
                  /** @enum {string} */
                  response: 'pending' | 'yes' | 'no' | 'maybe';
                  waitlisted: boolean;
                } | null;
                onlineUrl: string | null;
                /** Format: uuid */
                parentId: string | null;
                /** Format: uuid */
                programId: string;
                reminderDays: number[];
                required: boolean;
                sequence: number;
                /** Format: uuid */
                seriesId: string | null;
                seriesIndex: number | null;
                startsAt: string;
                timeZone: string;
                title: string;
                translations: {
                  [key: string]: {
                    description?: string | null;
                    title?: string | null;
                  };
                };
              }[];
              startsAt: string;
              timeZone: string;
              title: string;
              translations: {
                [key: string]: {
                  description?: string | null;
                  title?: string | null;
                };
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/events/{eventId}/attachments/{attachmentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          attachmentId: string;
          eventId: string;
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          attachmentId: string;
          eventId: string;
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              attachments: {
                contentType: string;
                /** Format: uuid */
                id: string;
                /** @enum {string|null} */
                locale: 'sv' | 'nb' | 'en' | null;
                name: string;
                size: number;
              }[];
              /** @enum {string} */
              audience: 'everyone' | 'mentors' | 'adepts' | 'coordinators' | 'organisation' | 'group';
              /** Format: uuid */
              audienceGroupId: string | null;
              /** Format: uuid */
              audienceOrganisationId: string | null;
              can: {
                checkIn: boolean;
                manage: boolean;
                respond: boolean;
              };
              cancelled: boolean;
              capacity: number | null;
              checkInCode: string | null;
              counts: {
                attended: number;
                invited: number;
                maybe: number;
                no: number;
                pending: number;
                waitlisted: number;
                yes: number;
              } | null;
              description: string | null;
              endsAt: string;
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'kickoff' | 'inspiration' | 'training' | 'group_meeting' | 'coaching' | 'closing' | 'other';
              links: {
                label: string;
                /** @enum {string|null} */
                locale: 'sv' | 'nb' | 'en' | null;
                url: string;
              }[];
              location: string | null;
              /** @enum {string} */
              mode: 'physical' | 'digital' | 'both';
              myInvitation: {
                /** @enum {string|null} */
                attendance: 'attended' | 'absent' | null;
                /** @enum {string|null} */
                attendMode: 'physical' | 'digital' | null;
                /** @enum {string} */
                response: 'pending' | 'yes' | 'no' | 'maybe';
                waitlisted: boolean;
              } | null;
              onlineUrl: string | null;
              /** Format: uuid */
              parentId: string | null;
              /** Format: uuid */
              programId: string;
              reminderDays: number[];
              required: boolean;
              sequence: number;
              /** Format: uuid */
              seriesId: string | null;
              seriesIndex: number | null;
              sessions: {
                attachments: {
                  contentType: string;
                  /** Format: uuid */
                  id: string;
                  /** @enum {string|null} */
                  locale: 'sv' | 'nb' | 'en' | null;
                  name: string;
                  size: number;
                }[];
                /** @enum {string} */
                audience: 'everyone' | 'mentors' | 'adepts' | 'coordinators' | 'organisation' | 'group';
                /** Format: uuid */
                audienceGroupId: string | null;
                /** Format: uuid */
                audienceOrganisationId: string | null;
                can: {
                  checkIn: boolean;
                  manage: boolean;
                  respond: boolean;
                };
                cancelled: boolean;
                capacity: number | null;
                checkInCode: string | null;
                counts: {
                  attended: number;
                  invited: number;
                  maybe: number;
                  no: number;
                  pending: number;
                  waitlisted: number;
                  yes: number;
                } | null;
                description: string | null;
                endsAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'kickoff' | 'inspiration' | 'training' | 'group_meeting' | 'coaching' | 'closing' | 'other';
                links: {
                  label: string;
                  /** @enum {string|null} */
                  locale: 'sv' | 'nb' | 'en' | null;
                  url: string;
                }[];
                location: string | null;
                /** @enum {string} */
                mode: 'physical' | 'digital' | 'both';
                myInvitation: {
                  /** @enum {string|null} */
                  attendance: 'attended' | 'absent' | null;
                  /** @enum {string|null} */
                  attendMode: 'physical' | 'digital' | null;
                  /** @enum {string} */
                  response: 'pending' | 'yes' | 'no' | 'maybe';
                  waitlisted: boolean;
                } | null;
                onlineUrl: string | null;
                /** Format: uuid */
                parentId: string | null;
                /** Format: uuid */
                programId: string;
                reminderDays: number[];
                required: boolean;
                sequence: number;
                /** Format: uuid */
                seriesId: string | null;
                seriesIndex: number | null;
                startsAt: string;
                timeZone: string;
                title: string;
                translations: {
                  [key: string]: {
                    description?: string | null;
                    title?: string | null;
                  };
                };
              }[];
              startsAt: string;
              timeZone: string;
              title: string;
              translations: {
                [key: string]: {
                  description?: string | null;
                  title?: string | null;
                };
              };
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/events/{eventId}/attendance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
        };
        header?: never;
        path: {
          eventId: string;
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                absenceReason: string | null;
                /** @enum {string|null} */
                attendance: 'attended' | 'absent' | null;
                /** @enum {string|null} */
                attendMode: 'physical' | 'digital' | null;
                checkedIn: boolean;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                /** @enum {string} */
                response: 'pending' | 'yes' | 'no' | 'maybe';
                /** @enum {string|null} */
                role: 'mentor' | 'adept' | 'coordinator' | null;
                waitlisted: boolean;
              }[];
              limit: number;
              offset: number;
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/events/{eventId}/attendance/{personId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          eventId: string;
          personId: string;
          programId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            absenceReason?: string | null;
            /** @enum {string} */
            attendance: 'attended' | 'absent';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/events/{eventId}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          eventId: string;
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              attachments: {
                contentType: string;
                /** Format: uuid */
                id: string;
                /** @enum {string|null} */
                locale: 'sv' | 'nb' | 'en' | null;
                name: string;
                size: number;
              }[];
              /** @enum {string} */
              audience: 'everyone' | 'mentors' | 'adepts' | 'coordinators' | 'organisation' | 'group';
              /** Format: uuid */
              audienceGroupId: string | null;
              /** Format: uuid */
              audienceOrganisationId: string | null;
              can: {
                checkIn: boolean;
                manage: boolean;
                respond: boolean;
              };
              cancelled: boolean;
              capacity: number | null;
              checkInCode: string | null;
              counts: {
                attended: number;
                invited: number;
                maybe: number;
                no: number;
                pending: number;
                waitlisted: number;
                yes: number;
              } | null;
              description: string | null;
              endsAt: string;
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'kickoff' | 'inspiration' | 'training' | 'group_meeting' | 'coaching' | 'closing' | 'other';
              links: {
                label: string;
                /** @enum {string|null} */
                locale: 'sv' | 'nb' | 'en' | null;
                url: string;
              }[];
              location: string | null;
              /** @enum {string} */
              mode: 'physical' | 'digital' | 'both';
              myInvitation: {
                /** @enum {string|null} */
                attendance: 'attended' | 'absent' | null;
                /** @enum {string|null} */
                attendMode: 'physical' | 'digital' | null;
                /** @enum {string} */
                response: 'pending' | 'yes' | 'no' | 'maybe';
                waitlisted: boolean;
              } | null;
              onlineUrl: string | null;
              /** Format: uuid */
              parentId: string | null;
              /** Format: uuid */
              programId: string;
              reminderDays: number[];
              required: boolean;
              sequence: number;
              /** Format: uuid */
              seriesId: string | null;
              seriesIndex: number | null;
              sessions: {
                attachments: {
                  contentType: string;
                  /** Format: uuid */
                  id: string;
                  /** @enum {string|null} */
                  locale: 'sv' | 'nb' | 'en' | null;
                  name: string;
                  size: number;
                }[];
                /** @enum {string} */
                audience: 'everyone' | 'mentors' | 'adepts' | 'coordinators' | 'organisation' | 'group';
                /** Format: uuid */
                audienceGroupId: string | null;
                /** Format: uuid */
                audienceOrganisationId: string | null;
                can: {
                  checkIn: boolean;
                  manage: boolean;
                  respond: boolean;
                };
                cancelled: boolean;
                capacity: number | null;
                checkInCode: string | null;
                counts: {
                  attended: number;
                  invited: number;
                  maybe: number;
                  no: number;
                  pending: number;
                  waitlisted: number;
                  yes: number;
                } | null;
                description: string | null;
                endsAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'kickoff' | 'inspiration' | 'training' | 'group_meeting' | 'coaching' | 'closing' | 'other';
                links: {
                  label: string;
                  /** @enum {string|null} */
                  locale: 'sv' | 'nb' | 'en' | null;
                  url: string;
                }[];
                location: string | null;
                /** @enum {string} */
                mode: 'physical' | 'digital' | 'both';
                myInvitation: {
                  /** @enum {string|null} */
                  attendance: 'attended' | 'absent' | null;
                  /** @enum {string|null} */
                  attendMode: 'physical' | 'digital' | null;
                  /** @enum {string} */
                  response: 'pending' | 'yes' | 'no' | 'maybe';
                  waitlisted: boolean;
                } | null;
                onlineUrl: string | null;
                /** Format: uuid */
                parentId: string | null;
                /** Format: uuid */
                programId: string;
                reminderDays: number[];
                required: boolean;
                sequence: number;
                /** Format: uuid */
                seriesId: string | null;
                seriesIndex: number | null;
                startsAt: string;
                timeZone: string;
                title: string;
                translations: {
                  [key: string]: {
                    description?: string | null;
                    title?: string | null;
                  };
                };
              }[];
              startsAt: string;
              timeZone: string;
              title: string;
              translations: {
                [key: string]: {
                  description?: string | null;
                  title?: string | null;
                };
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/events/{eventId}/check-in': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          eventId: string;
          programId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              attachments: {
                contentType: string;
                /** Format: uuid */
                id: string;
                /** @enum {string|null} */
                locale: 'sv' | 'nb' | 'en' | null;
                name: string;
                size: number;
              }[];
              /** @enum {string} */
              audience: 'everyone' | 'mentors' | 'adepts' | 'coordinators' | 'organisation' | 'group';
              /** Format: uuid */
              audienceGroupId: string | null;
              /** Format: uuid */
              audienceOrganisationId: string | null;
              can: {
                checkIn: boolean;
                manage: boolean;
                respond: boolean;
              };
              cancelled: boolean;
              capacity: number | null;
              checkInCode: string | null;
              counts: {
                attended: number;
                invited: number;
                maybe: number;
                no: number;
                pending: number;
                waitlisted: number;
                yes: number;
              } | null;
              description: string | null;
              endsAt: string;
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'kickoff' | 'inspiration' | 'training' | 'group_meeting' | 'coaching' | 'closing' | 'other';
              links: {
                label: string;
                /** @enum {string|null} */
                locale: 'sv' | 'nb' | 'en' | null;
                url: string;
              }[];
              location: string | null;
              /** @enum {string} */
              mode: 'physical' | 'digital' | 'both';
              myInvitation: {
                /** @enum {string|null} */
                attendance: 'attended' | 'absent' | null;
                /** @enum {string|null} */
                attendMode: 'physical' | 'digital' | null;
                /** @enum {string} */
                response: 'pending' | 'yes' | 'no' | 'maybe';
                waitlisted: boolean;
              } | null;
              onlineUrl: string | null;
              /** Format: uuid */
              parentId: string | null;
              /** Format: uuid */
              programId: string;
              reminderDays: number[];
              required: boolean;
              sequence: number;
              /** Format: uuid */
              seriesId: string | null;
              seriesIndex: number | null;
              sessions: {
                attachments: {
                  contentType: string;
                  /** Format: uuid */
                  id: string;
                  /** @enum {string|null} */
                  locale: 'sv' | 'nb' | 'en' | null;
                  name: string;
                  size: number;
                }[];
                /** @enum {string} */
                audience: 'everyone' | 'mentors' | 'adepts' | 'coordinators' | 'organisation' | 'group';
                /** Format: uuid */
                audienceGroupId: string | null;
                /** Format: uuid */
                audienceOrganisationId: string | null;
                can: {
                  checkIn: boolean;
                  manage: boolean;
                  respond: boolean;
                };
                cancelled: boolean;
                capacity: number | null;
                checkInCode: string | null;
                counts: {
                  attended: number;
                  invited: number;
                  maybe: number;
                  no: number;
                  pending: number;
                  waitlisted: number;
                  yes: number;
                } | null;
                description: string | null;
                endsAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'kickoff' | 'inspiration' | 'training' | 'group_meeting' | 'coaching' | 'closing' | 'other';
                links: {
                  label: string;
                  /** @enum {string|null} */
                  locale: 'sv' | 'nb' | 'en' | null;
                  url: string;
                }[];
                location: string | null;
                /** @enum {string} */
                mode: 'physical' | 'digital' | 'both';
                myInvitation: {
                  /** @enum {string|null} */
                  attendance: 'attended' | 'absent' | null;
                  /** @enum {string|null} */
                  attendMode: 'physical' | 'digital' | null;
                  /** @enum {string} */
                  response: 'pending' | 'yes' | 'no' | 'maybe';
                  waitlisted: boolean;
                } | null;
                onlineUrl: string | null;
                /** Format: uuid */
                parentId: string | null;
                /** Format: uuid */
                programId: string;
                reminderDays: number[];
                required: boolean;
                sequence: number;
                /** Format: uuid */
                seriesId: string | null;
                seriesIndex: number | null;
                startsAt: string;
                timeZone: string;
                title: string;
                translations: {
                  [key: string]: {
                    description?: string | null;
                    title?: string | null;
                  };
                };
              }[];
              startsAt: string;
              timeZone: string;
              title: string;
              translations: {
                [key: string]: {
                  description?: string | null;
                  title?: string | null;
                };
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/events/{eventId}/check-in-code': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          eventId: string;
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/group-candidates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
          q?: string;
          role?: 'mentor' | 'adept';
        };
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                /** @enum {string} */
                role: 'mentor' | 'adept';
              }[];
              limit: number;
              offset: number;
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/groups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          kind?: 'networking' | 'coaching';
          limit?: number;
          offset?: number;
        };
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              can: {
                manage: boolean;
              };
              items: {
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'networking' | 'coaching';
                members: {
                  name: string;
                  organisationName: string;
                  /** Format: uuid */
                  personId: string;
                  /** @enum {string} */
                  role: 'member' | 'coach';
                  title: string | null;
                }[];
                name: string;
                /** Format: uuid */
                programId: string;
              }[];
              limit: number;
              offset: number;
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            coachId?: string | null;
            /**
             * @default networking
             * @enum {string}
             */
            kind?: 'networking' | 'coaching';
            memberIds: string[];
            name: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'networking' | 'coaching';
              members: {
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                /** @enum {string} */
                role: 'member' | 'coach';
                title: string | null;
              }[];
              name: string;
              /** Format: uuid */
              programId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/groups/{groupId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          groupId: string;
          programId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            coachId?: string | null;
            /**
             * @default networking
             * @enum {string}
             */
            kind?: 'networking' | 'coaching';
            memberIds: string[];
            name: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'networking' | 'coaching';
              members: {
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                /** @enum {string} */
                role: 'member' | 'coach';
                title: string | null;
              }[];
              name: string;
              /** Format: uuid */
              programId: string;
            };
          };
        };
      };
    };
    post?: never;
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          groupId: string;
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          agreement?: 'signed' | 'unsigned';
          dir?: 'asc' | 'desc';
          limit?: number;
          offset?: number;
          q?: string;
          quiet?: 'true' | 'false';
          sort?: 'adept' | 'mentor' | 'status' | 'meetings' | 'lastMeeting';
          status?: 'published' | 'active' | 'ended';
        };
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                adept: {
                  name: string;
                  organisationName: string;
                };
                agreementSigned: boolean;
                continuation: {
                  /** @enum {string|null} */
                  adept: 'continue' | 'end' | null;
                  /** @enum {string|null} */
                  mentor: 'continue' | 'end' | null;
                };
                endedAt: string | null;
                /** @enum {string|null} */
                endedBy: 'adept' | 'mentor' | 'program' | null;
                lastMeetingOn: string | null;
                meetingsExpected: number | null;
                meetingsLogged: number;
                mentor: {
                  name: string;
                  organisationName: string;
                };
                /** Format: uuid */
                pairId: string;
                quiet: boolean;
                startedAt: string | null;
                /** @enum {string} */
                status: 'published' | 'active' | 'declined' | 'ended';
              }[];
              summary: {
                active: number;
                ended: number;
                quiet: number;
                signed: number;
              };
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/matching/assign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            adeptApplicationId: string;
            /** Format: uuid */
            mentorApplicationId: string;
            reason?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adept: {
                /** Format: uuid */
                applicationId: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                unitPath?: string[];
              };
              createdAt: string;
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'lock' | 'exclude';
              mentor: {
                /** Format: uuid */
                applicationId: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                unitPath?: string[];
              };
              reason: string | null;
              ruleBreaks: (
                | 'sameOrganisation'
                | 'sameTopLevelUnit'
                | 'sameUnitSubtree'
                | 'unitUnknown'
                | 'sameManager'
                | 'sameUnit'
                | 'reportingLine'
                | 'closeRelation'
                | 'adeptNotEligible'
                | 'mentorNotEligible'
                | 'notConfirmed'
                | 'noCapacity'
                | 'language'
                | 'excluded'
              )[];
            }[];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/matching/compare': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query: {
          a: string;
          b: string;
        };
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              a: {
                createdAt: string;
                error: string | null;
                finishedAt: string | null;
                /** Format: uuid */
                id: string;
                matchedCount: number | null;
                progress: number;
                /** @enum {string} */
                status: 'queued' | 'running' | 'done' | 'failed';
                totalScore: number | null;
              };
              b: {
                createdAt: string;
                error: string | null;
                finishedAt: string | null;
                /** Format: uuid */
                id: string;
                matchedCount: number | null;
                progress: number;
                /** @enum {string} */
                status: 'queued' | 'running' | 'done' | 'failed';
                totalScore: number | null;
              };
              changed: {
                adept: {
                  /** Format: uuid */
                  applicationId: string;
                  name: string;
                  organisationName: string;
                  /** Format: uuid */
                  personId: string;
                  unitPath?: string[];
                };
                after: {
                  /** Format: uuid */
                  applicationId: string;
                  name: string;
                  organisationName: string;
                  /** Format: uuid */
                  personId: string;
                  unitPath?: string[];
                } | null;
                before: {
                  /** Format: uuid */
                  applicationId: string;
                  name: string;
                  organisationName: string;
                  /** Format: uuid */
                  personId: string;
                  unitPath?: string[];
                } | null;
                scoreAfter: number | null;
                scoreBefore: number | null;
              }[];
              matchedDifference: number;
              totalScoreDifference: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/matching/constraints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adept: {
                /** Format: uuid */
                applicationId: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                unitPath?: string[];
              };
              createdAt: string;
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'lock' | 'exclude';
              mentor: {
                /** Format: uuid */
                applicationId: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                unitPath?: string[];
              };
              reason: string | null;
              ruleBreaks: (
                | 'sameOrganisation'
                | 'sameTopLevelUnit'
                | 'sameUnitSubtree'
                | 'unitUnknown'
                | 'sameManager'
                | 'sameUnit'
                | 'reportingLine'
                | 'closeRelation'
                | 'adeptNotEligible'
                | 'mentorNotEligible'
                | 'notConfirmed'
                | 'noCapacity'
                | 'language'
                | 'excluded'
              )[];
            }[];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            adeptApplicationId: string;
            /** @enum {string} */
            kind: 'lock' | 'exclude';
            /** Format: uuid */
            mentorApplicationId: string;
            reason?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adept: {
                /** Format: uuid */
                applicationId: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                unitPath?: string[];
              };
              createdAt: string;
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'lock' | 'exclude';
              mentor: {
                /** Format: uuid */
                applicationId: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                unitPath?: string[];
              };
              reason: string | null;
              ruleBreaks: (
                | 'sameOrganisation'
                | 'sameTopLevelUnit'
                | 'sameUnitSubtree'
                | 'unitUnknown'
                | 'sameManager'
                | 'sameUnit'
                | 'reportingLine'
                | 'closeRelation'
                | 'adeptNotEligible'
                | 'mentorNotEligible'
                | 'notConfirmed'
                | 'noCapacity'
                | 'language'
                | 'excluded'
              )[];
            }[];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/matching/constraints/{constraintId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          constraintId: string;
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adept: {
                /** Format: uuid */
                applicationId: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                unitPath?: string[];
              };
              createdAt: string;
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'lock' | 'exclude';
              mentor: {
                /** Format: uuid */
                applicationId: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                unitPath?: string[];
              };
              reason: string | null;
              ruleBreaks: (
                | 'sameOrganisation'
                | 'sameTopLevelUnit'
                | 'sameUnitSubtree'
                | 'unitUnknown'
                | 'sameManager'
                | 'sameUnit'
                | 'reportingLine'
                | 'closeRelation'
                | 'adeptNotEligible'
                | 'mentorNotEligible'
                | 'notConfirmed'
                | 'noCapacity'
                | 'language'
                | 'excluded'
              )[];
            }[];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/matching/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            runId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adept: {
                /** Format: uuid */
                applicationId: string;
                email: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                title: string | null;
                unitPath?: string[];
              };
              /** @enum {string} */
              adeptResponse: 'pending' | 'accepted' | 'declined';
              /** @enum {string|null} */
              declinedBy: 'adept' | 'mentor' | null;
              declineReason: string | null;
              /** Format: uuid */
              id: string;
              mentor: {
                /** Format: uuid */
                applicationId: string;
                email: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                title: string | null;
                unitPath?: string[];
              };
              /** @enum {string} */
              mentorResponse: 'pending' | 'accepted' | 'declined';
              /** @enum {string|null} */
              myRole: 'adept' | 'mentor' | null;
              /** Format: uuid */
              programId: string;
              programName: string;
              publishedAt: string;
              /** @enum {string} */
              status: 'published' | 'active' | 'declined' | 'ended';
            }[];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/matching/runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              error: string | null;
              finishedAt: string | null;
              /** Format: uuid */
              id: string;
              matchedCount: number | null;
              progress: number;
              /** @enum {string} */
              status: 'queued' | 'running' | 'done' | 'failed';
              totalScore: number | null;
            }[];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adeptCount: number | null;
              beyondCapacity: {
                /** Format: uuid */
                applicationId: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                unitPath?: string[];
              }[];
              createdAt: string;
              error: string | null;
              finishedAt: string | null;
              greedyTotalScore: number | null;
              /** Format: uuid */
              id: string;
              matchedCount: number | null;
              mentorCount: number | null;
              pairs: {
                adept: {
                  /** Format: uuid */
                  applicationId: string;
                  name: string;
                  organisationName: string;
                  /** Format: uuid */
                  personId: string;
                  unitPath?: string[];
                };
                locked: boolean;
                mentor: {
                  /** Format: uuid */
                  applicationId: string;
                  name: string;
                  organisationName: string;
                  /** Format: uuid */
                  personId: string;
                  unitPath?: string[];
                };
                reason: string | null;
                ruleBreaks: (
                  | 'sameOrganisation'
                  | 'sameTopLevelUnit'
                  | 'sameUnitSubtree'
                  | 'unitUnknown'
                  | 'sameManager'
                  | 'sameUnit'
                  | 'reportingLine'
                  | 'closeRelation'
                  | 'adeptNotEligible'
                  | 'mentorNotEligible'
                  | 'notConfirmed'
                  | 'noCapacity'
                  | 'language'
                  | 'excluded'
                )[];
                score: number;
              }[];
              /** Format: uuid */
              programId: string;
              progress: number;
              stability: {
                blockingPairs: {
                  adept: {
                    /** Format: uuid */
                    applicationId: string;
                    name: string;
                    organisationName: string;
                    /** Format: uuid */
                    personId: string;
                    unitPath?: string[];
                  };
                  mentor: {
                    /** Format: uuid */
                    applicationId: string;
                    name: string;
                    organisationName: string;
                    /** Format: uuid */
                    personId: string;
                    unitPath?: string[];
                  };
                }[];
                stable: boolean;
              } | null;
              /** @enum {string} */
              status: 'queued' | 'running' | 'done' | 'failed';
              totalScore: number | null;
              unmatched: {
                adept: {
                  /** Format: uuid */
                  applicationId: string;
                  name: string;
                  organisationName: string;
                  /** Format: uuid */
                  personId: string;
                  unitPath?: string[];
                };
                forbidden: {
                  count: number;
                  examples: {
                    /** Format: uuid */
                    applicationId: string;
                    name: string;
                    organisationName: string;
                    /** Format: uuid */
                    personId: string;
                    unitPath?: string[];
                  }[];
                  rules: (
                    | 'sameOrganisation'
                    | 'sameTopLevelUnit'
                    | 'sameUnitSubtree'
                    | 'unitUnknown'
                    | 'sameManager'
                    | 'sameUnit'
                    | 'reportingLine'
                    | 'closeRelation'
                    | 'adeptNotEligible'
                    | 'mentorNotEligible'
                    | 'notConfirmed'
                    | 'noCapacity'
                    | 'language'
                    | 'excluded'
                  )[];
                }[];
                forbiddenCount: number;
                full: {
                  /** Format: uuid */
                  applicationId: string;
                  name: string;
                  organisationName: string;
                  /** Format: uuid */
                  personId: string;
                  unitPath?: string[];
                }[];
                fullCount: number;
                /** @enum {string} */
                reason: 'no-feasible-mentor' | 'capacity';
              }[];
              unusedMentors: {
                /** Format: uuid */
                applicationId: string;
                capacity: number;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                unitPath?: string[];
                used: number;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/matching/runs/{runId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
          runId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adeptCount: number | null;
              beyondCapacity: {
                /** Format: uuid */
                applicationId: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                unitPath?: string[];
              }[];
              createdAt: string;
              error: string | null;
              finishedAt: string | null;
              greedyTotalScore: number | null;
              /** Format: uuid */
              id: string;
              matchedCount: number | null;
              mentorCount: number | null;
              pairs: {
                adept: {
                  /** Format: uuid */
                  applicationId: string;
                  name: string;
                  organisationName: string;
                  /** Format: uuid */
                  personId: string;
                  unitPath?: string[];
                };
                locked: boolean;
                mentor: {
                  /** Format: uuid */
                  applicationId: string;
                  name: string;
                  organisationName: string;
                  /** Format: uuid */
                  personId: string;
                  unitPath?: string[];
                };
                reason: string | null;
                ruleBreaks: (
                  | 'sameOrganisation'
                  | 'sameTopLevelUnit'
                  | 'sameUnitSubtree'
                  | 'unitUnknown'
                  | 'sameManager'
                  | 'sameUnit'
                  | 'reportingLine'
                  | 'closeRelation'
                  | 'adeptNotEligible'
                  | 'mentorNotEligible'
                  | 'notConfirmed'
                  | 'noCapacity'
                  | 'language'
                  | 'excluded'
                )[];
                score: number;
              }[];
              /** Format: uuid */
              programId: string;
              progress: number;
              stability: {
                blockingPairs: {
                  adept: {
                    /** Format: uuid */
                    applicationId: string;
                    name: string;
                    organisationName: string;
                    /** Format: uuid */
                    personId: string;
                    unitPath?: string[];
                  };
                  mentor: {
                    /** Format: uuid */
                    applicationId: string;
                    name: string;
                    organisationName: string;
                    /** Format: uuid */
                    personId: string;
                    unitPath?: string[];
                  };
                }[];
                stable: boolean;
              } | null;
              /** @enum {string} */
              status: 'queued' | 'running' | 'done' | 'failed';
              totalScore: number | null;
              unmatched: {
                adept: {
                  /** Format: uuid */
                  applicationId: string;
                  name: string;
                  organisationName: string;
                  /** Format: uuid */
                  personId: string;
                  unitPath?: string[];
                };
                forbidden: {
                  count: number;
                  examples: {
                    /** Format: uuid */
                    applicationId: string;
                    name: string;
                    organisationName: string;
                    /** Format: uuid */
                    personId: string;
                    unitPath?: string[];
                  }[];
                  rules: (
                    | 'sameOrganisation'
                    | 'sameTopLevelUnit'
                    | 'sameUnitSubtree'
                    | 'unitUnknown'
                    | 'sameManager'
                    | 'sameUnit'
                    | 'reportingLine'
                    | 'closeRelation'
                    | 'adeptNotEligible'
                    | 'mentorNotEligible'
                    | 'notConfirmed'
                    | 'noCapacity'
                    | 'language'
                    | 'excluded'
                  )[];
                }[];
                forbiddenCount: number;
                full: {
                  /** Format: uuid */
                  applicationId: string;
                  name: string;
                  organisationName: string;
                  /** Format: uuid */
                  personId: string;
                  unitPath?: string[];
                }[];
                fullCount: number;
                /** @enum {string} */
                reason: 'no-feasible-mentor' | 'capacity';
              }[];
              unusedMentors: {
                /** Format: uuid */
                applicationId: string;
                capacity: number;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                unitPath?: string[];
                used: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/matching/runs/{runId}/pairs/{applicationId}/why': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          applicationId: string;
          programId: string;
          runId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adept: {
                /** Format: uuid */
                applicationId: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                unitPath?: string[];
              };
              breakdown: {
                /** @enum {string} */
                criterion:
                  | 'goals'
                  | 'mentorGoals'
                  | 'interests'
                  | 'language'
                  | 'format'
                  | 'experience'
                  | 'availability'
                  | 'wishes'
                  | 'distance'
                  | 'preferences';
                points: number;
                value: number;
                weight: number;
              }[];
              locked: boolean;
              mentor: {
                /** Format: uuid */
                applicationId: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                unitPath?: string[];
              };
              reason: string | null;
              ruleBreaks: (
                | 'sameOrganisation'
                | 'sameTopLevelUnit'
                | 'sameUnitSubtree'
                | 'unitUnknown'
                | 'sameManager'
                | 'sameUnit'
                | 'reportingLine'
                | 'closeRelation'
                | 'adeptNotEligible'
                | 'mentorNotEligible'
                | 'notConfirmed'
                | 'noCapacity'
                | 'language'
                | 'excluded'
              )[];
              score: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/matching/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              hardRules: {
                closeRelations: boolean;
                /** @enum {string} */
                distance: 'none' | 'reportingLine' | 'unitSubtree' | 'topLevelUnit' | 'organisation';
                requireConfirmation: boolean;
                requiredLanguage: string | null;
                requireEligible: boolean;
              };
              minScore: number | null;
              preferencesEnabled: boolean;
              weights: {
                availability: number;
                distance: number;
                experience: number;
                format: number;
                goals: number;
                interests: number;
                language: number;
                mentorGoals: number;
                preferences: number;
                wishes: number;
              };
            };
          };
        };
      };
    };
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            hardRules: {
              closeRelations: boolean;
              /** @enum {string} */
              distance: 'none' | 'reportingLine' | 'unitSubtree' | 'topLevelUnit' | 'organisation';
              requireConfirmation: boolean;
              requiredLanguage: string | null;
              requireEligible: boolean;
            };
            minScore: number | null;
            preferencesEnabled: boolean;
            weights: {
              availability: number;
              distance: number;
              experience: number;
              format: number;
              goals: number;
              interests: number;
              language: number;
              mentorGoals: number;
              preferences: number;
              wishes: number;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              hardRules: {
                closeRelations: boolean;
                /** @enum {string} */
                distance: 'none' | 'reportingLine' | 'unitSubtree' | 'topLevelUnit' | 'organisation';
                requireConfirmation: boolean;
                requiredLanguage: string | null;
                requireEligible: boolean;
              };
              minScore: number | null;
              preferencesEnabled: boolean;
              weights: {
                availability: number;
                distance: number;
                experience: number;
                format: number;
                goals: number;
                interests: number;
                language: number;
                mentorGoals: number;
                preferences: number;
                wishes: number;
              };
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/matching/swap': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            adeptApplicationIds: string[];
            reason?: string | null;
            /** Format: uuid */
            runId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adept: {
                /** Format: uuid */
                applicationId: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                unitPath?: string[];
              };
              createdAt: string;
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'lock' | 'exclude';
              mentor: {
                /** Format: uuid */
                applicationId: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                unitPath?: string[];
              };
              reason: string | null;
              ruleBreaks: (
                | 'sameOrganisation'
                | 'sameTopLevelUnit'
                | 'sameUnitSubtree'
                | 'unitUnknown'
                | 'sameManager'
                | 'sameUnit'
                | 'reportingLine'
                | 'closeRelation'
                | 'adeptNotEligible'
                | 'mentorNotEligible'
                | 'notConfirmed'
                | 'noCapacity'
                | 'language'
                | 'excluded'
              )[];
            }[];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/nominations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              applied: boolean;
              createdAt: string;
              /** Format: uuid */
              id: string;
              motivation: string | null;
              nominatorName: string;
              nomineeEmail: string;
              nomineeName: string;
              /** Format: uuid */
              programId: string;
              /** @enum {string} */
              role: 'adept' | 'mentor';
            }[];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: email */
            email: string;
            motivation?: string | null;
            name: string;
            /**
             * @default mentor
             * @enum {string}
             */
            role?: 'adept' | 'mentor';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              nomineeEmail: string;
              nomineeName: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/pairs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adept: {
                /** Format: uuid */
                applicationId: string;
                email: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                title: string | null;
                unitPath?: string[];
              };
              /** @enum {string} */
              adeptResponse: 'pending' | 'accepted' | 'declined';
              /** @enum {string|null} */
              declinedBy: 'adept' | 'mentor' | null;
              declineReason: string | null;
              /** Format: uuid */
              id: string;
              mentor: {
                /** Format: uuid */
                applicationId: string;
                email: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                title: string | null;
                unitPath?: string[];
              };
              /** @enum {string} */
              mentorResponse: 'pending' | 'accepted' | 'declined';
              /** @enum {string|null} */
              myRole: 'adept' | 'mentor' | null;
              /** Format: uuid */
              programId: string;
              programName: string;
              publishedAt: string;
              /** @enum {string} */
              status: 'published' | 'active' | 'declined' | 'ended';
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/preferences/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              candidates: {
                /** Format: uuid */
                applicationId: string;
                competenceAreas: string[];
                developmentGoals: string | null;
                interests: string[];
                languages: string[];
                location: string | null;
                meetingPreference: string | null;
                name: string;
                organisationName: string;
                title: string | null;
                yearsAsManager: number | null;
              }[];
              chosen: string[];
              enabled: boolean;
              /** @enum {string} */
              role: 'adept' | 'mentor';
            };
          };
        };
      };
    };
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            applicationIds: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              candidates: {
                /** Format: uuid */
                applicationId: string;
                competenceAreas: string[];
                developmentGoals: string | null;
                interests: string[];
                languages: string[];
                location: string | null;
                meetingPreference: string | null;
                name: string;
                organisationName: string;
                title: string | null;
                yearsAsManager: number | null;
              }[];
              chosen: string[];
              enabled: boolean;
              /** @enum {string} */
              role: 'adept' | 'mentor';
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/questions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          role?: 'adept' | 'mentor';
        };
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              help: string | null;
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'short_text' | 'long_text' | 'single_choice' | 'multiple_choice' | 'scale';
              label: string;
              options: string[];
              position: number;
              required: boolean;
              /** @enum {string} */
              role: 'adept' | 'mentor';
            }[];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            help?: string | null;
            /** @enum {string} */
            kind: 'short_text' | 'long_text' | 'single_choice' | 'multiple_choice' | 'scale';
            label: string;
            /** @default [] */
            options?: string[];
            /** @default false */
            required?: boolean;
            /** @enum {string} */
            role: 'adept' | 'mentor';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              help: string | null;
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'short_text' | 'long_text' | 'single_choice' | 'multiple_choice' | 'scale';
              label: string;
              options: string[];
              position: number;
              required: boolean;
              /** @enum {string} */
              role: 'adept' | 'mentor';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/questions/{questionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
          questionId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
          questionId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            help?: string | null;
            label?: string;
            position?: number;
            required?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              help: string | null;
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'short_text' | 'long_text' | 'single_choice' | 'multiple_choice' | 'scale';
              label: string;
              options: string[];
              position: number;
              required: boolean;
              /** @enum {string} */
              role: 'adept' | 'mentor';
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/programs/{programId}/recommendations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Asks one recommender about several applicants: one mail listing them, each with its own single-use link. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            applicationIds: string[];
            /** Format: email */
            email: string;
            name: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              answers: {
                [key: string]: (string | string[] | number) | null;
              };
              /** @enum {string} */
              confirmation: 'not_required' | 'pending' | 'confirmed' | 'declined';
              confirmationRespondedAt: string | null;
              decisionMessage: string | null;
              editable: boolean;
              eligibility: {
                results: {
                  kind: string;
                  override?: {
                    at: string;
                    by: string;
                    kind: string;
                    reason: string;
                  };
                  passed: boolean | null;
                  reason: string;
                  values: {
                    [key: string]: string | number;
                  };
                }[];
                /** @enum {string} */
                status: 'eligible' | 'unknown' | 'ineligible';
              };
              email: string;
              /** Format: uuid */
              id: string;
              managerEmail: string | null;
              managerName: string | null;
              name: string;
              nominatedBy: string | null;
              organisationName: string;
              /** Format: uuid */
              personId: string;
              profile: {
                availability?: string | null;
                birthYear?: number | null;
                /** @default [] */
                competenceAreas: string[];
                developmentGoals?: string | null;
                /** @default [] */
                interests: string[];
                /** @default [] */
                languages: string[];
                location?: string | null;
                /** @enum {string|null} */
                meetingPreference?: 'digital' | 'physical' | 'either' | null;
                mentorCapacity?: number | null;
                staffResponsibility?: boolean | null;
                title?: string | null;
                /** @default [] */
                tooClose: string[];
                unitName?: string | null;
                wishes?: string | null;
                yearsAsManager?: number | null;
              };
              /** Format: uuid */
              programId: string;
              programName: string;
              recommendations: {
                comment: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                verdict: 'pending' | 'recommend' | 'advise_against';
              }[];
              /** @enum {string} */
              role: 'adept' | 'mentor';
              sensitive: {
                consentAt: string;
                underRepresented: boolean;
              } | null;
              /** @enum {string} */
              status: 'draft' | 'submitted' | 'accepted' | 'waitlisted' | 'rejected' | 'withdrawn';
              submittedAt: string | null;
              unitPath: string[];
              updatedAt: string;
            }[];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/rematch-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
        };
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              open: number;
              requests: {
                createdAt: string;
                handledAt: string | null;
                handledByName: string | null;
                /** Format: uuid */
                id: string;
                message: string | null;
                personName: string;
                /** @enum {string} */
                role: 'adept' | 'mentor';
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/rematch-requests/{requestId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
          requestId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            handled: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/programs/{programId}/resources': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
        };
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              can: {
                manage: boolean;
              };
              items: {
                /** @enum {string} */
                audience: 'everyone' | 'mentors' | 'adepts' | 'coordinators';
                createdAt: string;
                description: string | null;
                file: {
                  contentType: string;
                  name: string;
                  size: number;
                } | null;
                /** Format: uuid */
                id: string;
                /** @enum {string|null} */
                locale: 'sv' | 'nb' | 'en' | null;
                title: string;
                url: string | null;
              }[];
              limit: number;
              offset: number;
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @default everyone
             * @enum {string}
             */
            audience?: 'everyone' | 'mentors' | 'adepts' | 'coordinators';
            description?: string | null;
            file?: {
              contentType: string;
              /** Format: base64 */
              data: string;
              name: string;
            } | null;
            /** @enum {string|null} */
            locale?: 'sv' | 'nb' | 'en' | null;
            title: string;
            /** Format: uri */
            url?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              audience: 'everyone' | 'mentors' | 'adepts' | 'coordinators';
              createdAt: string;
              description: string | null;
              file: {
                contentType: string;
                name: string;
                size: number;
              } | null;
              /** Format: uuid */
              id: string;
              /** @enum {string|null} */
              locale: 'sv' | 'nb' | 'en' | null;
              title: string;
              url: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/resources/{resourceId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
          resourceId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/resources/{resourceId}/file': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
          resourceId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'draft' | 'open' | 'selection' | 'matching' | 'running' | 'closed' | 'archived';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              allowedTransitions: ('draft' | 'open' | 'selection' | 'matching' | 'running' | 'closed' | 'archived')[];
              applicationClosesOn: string | null;
              applicationOpensOn: string | null;
              can: {
                manage: boolean;
                nominate: boolean;
                people: boolean;
              };
              capacity: number | null;
              contactEmail: string | null;
              contactName: string | null;
              coordinators: {
                email: string;
                name: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
              }[];
              /** Format: uuid */
              copiedFromId: string | null;
              /** @enum {string} */
              currency: 'SEK' | 'NOK';
              endsOn: string | null;
              expectationsAdept: string | null;
              expectationsMentor: string | null;
              expectedHours: number | null;
              feePerAdept: number;
              feePerMentor: number;
              goals: string | null;
              /** Format: uuid */
              id: string;
              languages: string[];
              meetingGuidance: string | null;
              mentorsMustBeNominated: boolean;
              /** @enum {string} */
              mode: 'digital' | 'physical' | 'both';
              name: string;
              nudgeAfterWeeks: number;
              organisations: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                participation: 'invited' | 'accepted' | 'declined';
              }[];
              /** Format: uuid */
              ownerOrganisationId: string;
              ownerOrganisationName: string;
              purpose: string | null;
              requiresManagerConfirmation: boolean;
              rules: {
                /** @default [] */
                adept: (
                  | {
                      /** @enum {string} */
                      kind: 'yearsAsManager';
                      max?: number | null;
                      min?: number | null;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'age';
                      max?: number | null;
                      min?: number | null;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'staffResponsibility';
                      required: boolean;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'participatingOrganisation';
                    }
                  | {
                      /** @enum {string} */
                      kind: 'underRepresentedGroup';
                    }
                  | {
                      /** @enum {string} */
                      kind: 'completedTraining';
                    }
                )[];
                /** @default [] */
                mentor: (
                  | {
                      /** @enum {string} */
                      kind: 'yearsAsManager';
                      max?: number | null;
                      min?: number | null;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'age';
                      max?: number | null;
                      min?: number | null;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'staffResponsibility';
                      required: boolean;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'participatingOrganisation';
                    }
                  | {
                      /** @enum {string} */
                      kind: 'underRepresentedGroup';
                    }
                  | {
                      /** @enum {string} */
                      kind: 'completedTraining';
                    }
                )[];
              };
              startsOn: string | null;
              /** @enum {string} */
              status: 'draft' | 'open' | 'selection' | 'matching' | 'running' | 'closed' | 'archived';
              /** @enum {string} */
              type: 'classic' | 'reverse' | 'inclusion';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/surveys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              can: {
                manage: boolean;
              };
              minGroupSize: number;
              surveys: {
                answered: number;
                /** @enum {string} */
                audience: 'all' | 'adept' | 'mentor';
                customQuestions: {
                  key: string;
                  label: string;
                  labels?: {
                    en?: string;
                    nb?: string;
                    sv?: string;
                  };
                  /** @enum {string} */
                  type: 'likert5' | 'yesno' | 'text';
                }[];
                ended: boolean;
                /** Format: uuid */
                id: string;
                instruments: string[];
                /** @enum {string} */
                kind: 'baseline' | 'fit' | 'pulse' | 'midpoint' | 'end' | 'followup6' | 'followup12' | 'event' | 'adhoc';
                openDays: number;
                opensOn: string | null;
                reminderDays: number[];
                waves: {
                  answered: number;
                  closesOn: string | null;
                  /** Format: uuid */
                  id: string;
                  invited: number;
                  occasion: string;
                  opensOn: string;
                }[];
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @default all
             * @enum {string}
             */
            audience?: 'all' | 'adept' | 'mentor';
            /** @default [] */
            customQuestions?: {
              key?: string;
              label?: string;
              /** @default {} */
              labels?: {
                en?: string;
                nb?: string;
                sv?: string;
              };
              /** @enum {string} */
              type: 'likert5' | 'yesno' | 'text';
            }[];
            /** @default [] */
            instruments?: (
              | 'nps'
              | 'fit'
              | 'mentoring-functions'
              | 'intention-to-stay'
              | 'career'
              | 'career-development'
              | 'mentor-competence'
              | 'who5'
              | 'event-feedback'
              | 'open-feedback'
            )[];
            /** @enum {string} */
            kind: 'baseline' | 'fit' | 'pulse' | 'midpoint' | 'end' | 'followup6' | 'followup12' | 'event' | 'adhoc';
            /** @default 21 */
            openDays?: number;
            /** Format: date */
            opensOn?: string | null;
            /**
             * @default [
             *       7,
             *       14
             *     ]
             */
            reminderDays?: number[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/surveys/{surveyId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
          surveyId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              outcome: 'deleted' | 'ended';
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/surveys/{surveyId}/questions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
          surveyId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            customQuestions: {
              key?: string;
              label?: string;
              /** @default {} */
              labels?: {
                en?: string;
                nb?: string;
                sv?: string;
              };
              /** @enum {string} */
              type: 'likert5' | 'yesno' | 'text';
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/surveys/waves/{waveId}/results': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
          waveId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              kind: 'baseline' | 'fit' | 'pulse' | 'midpoint' | 'end' | 'followup6' | 'followup12' | 'event' | 'adhoc';
              measures: {
                breakdowns: {
                  /** @enum {string} */
                  by: 'organisation' | 'role' | 'unitLevel' | 'programType' | 'underRepresented';
                  groups: {
                    key: string;
                    label: string;
                    n: number;
                    /** @enum {string|null} */
                    suppressed: 'primary' | 'secondary' | null;
                    value:
                      | (
                          | number
                          | {
                              [key: string]: number;
                            }
                        )
                      | null;
                  }[];
                }[];
                instrument: string;
                /** @enum {string} */
                kind: 'mean' | 'nps' | 'who5' | 'share' | 'distribution' | 'text';
                /** @enum {string} */
                level: 'reaction' | 'learning' | 'behaviour' | 'results';
                measure: string;
                total: {
                  n: number;
                  /** @enum {string|null} */
                  suppressed: 'primary' | 'secondary' | null;
                  value:
                    | (
                        | number
                        | {
                            [key: string]: number;
                          }
                      )
                    | null;
                };
              }[];
              minGroupSize: number;
              texts: {
                answers: string[] | null;
                question: string;
              }[];
              wave: {
                answered: number;
                closesOn: string | null;
                /** Format: uuid */
                id: string;
                invited: number;
                occasion: string;
                opensOn: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/time-spent': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              distribution: {
                /** @enum {string} */
                band: 'under25' | 'under50' | 'under75' | 'under100' | 'reached';
                count: number | null;
                /** @enum {string|null} */
                suppressed: 'primary' | 'secondary' | null;
              }[];
              expectedHours: number | null;
              medianHours: number | null;
              participants: number;
              totalHours: number | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programs/{programId}/time-spent/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              eventHours: number;
              expectedHours: number | null;
              pairHours: number;
              totalHours: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/responses/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              applicantName: string;
              expiresAt: string;
              /** @enum {string} */
              kind: 'confirmation' | 'recommendation';
              organisationName: string;
              programName: string | null;
              programPurpose: string | null;
              /** @enum {string} */
              role: 'adept' | 'mentor';
              /** @enum {string} */
              status: 'pending' | 'answered' | 'expired';
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/responses/{token}/confirmation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            comment?: string | null;
            /** @enum {string} */
            decision: 'confirmed' | 'declined';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/responses/{token}/recommendation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            comment?: string | null;
            /** @enum {string} */
            verdict: 'recommend' | 'advise_against';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              me: {
                can: {
                  administerPlatform: boolean;
                  answerProgramInvitations: boolean;
                  createPrograms: boolean;
                  manageOrganisation: boolean;
                  managePeople: boolean;
                  readMentorRegister: boolean;
                  readOutbox: boolean;
                  readPeople: boolean;
                };
                person: {
                  /** Format: uuid */
                  id: string;
                  managerEmail: string | null;
                  managerName: string | null;
                  /** Format: uuid */
                  organisationId: string;
                  organisationName: string;
                  roles: ('org_admin' | 'coordinator' | 'participant')[];
                  title: string | null;
                  /** Format: uuid */
                  unitId: string | null;
                  unitName: string | null;
                } | null;
                user: {
                  email: string;
                  id: string;
                  /** @enum {string} */
                  locale: 'sv' | 'nb' | 'en';
                  name: string;
                  platformAdmin: boolean;
                };
              } | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/setup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            admin: {
              /** Format: email */
              email: string;
              /**
               * @default sv
               * @enum {string}
               */
              locale?: 'sv' | 'nb' | 'en';
              name: string;
              password: string;
            };
            organisation: {
              /** @enum {string} */
              country: 'SE' | 'NO';
              /** @enum {string} */
              kind: 'agency' | 'city' | 'ministry' | 'network' | 'other';
              name: string;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/setup/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              demo: boolean;
              demoAccounts: {
                email: string;
                password: string;
                role: string;
              }[];
              magicLink: boolean;
              needsSetup: boolean;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/survey-links/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              answered: boolean;
              canAskForRematch: boolean;
              closesAt: string;
              /** @enum {string} */
              kind: 'baseline' | 'fit' | 'pulse' | 'midpoint' | 'end' | 'followup6' | 'followup12' | 'event' | 'adhoc';
              programName: string;
              questions: {
                health: boolean;
                instrument: string | null;
                key: string;
                label?: string;
                labels?: {
                  en?: string;
                  nb?: string;
                  sv?: string;
                };
                options?: string[];
                /** @enum {string} */
                type: 'likert5' | 'scale0to10' | 'who5' | 'choice' | 'yesno' | 'text';
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/survey-links/{token}/answers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            answers: {
              [key: string]: number | boolean | string;
            };
            /** @default false */
            healthConsent?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              answered: true;
              canAskForRematch: boolean;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/survey-links/{token}/rematch': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            message?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/surveys/{invitationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          invitationId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              answered: boolean;
              canAskForRematch: boolean;
              closesAt: string;
              /** @enum {string} */
              kind: 'baseline' | 'fit' | 'pulse' | 'midpoint' | 'end' | 'followup6' | 'followup12' | 'event' | 'adhoc';
              programName: string;
              questions: {
                health: boolean;
                instrument: string | null;
                key: string;
                label?: string;
                labels?: {
                  en?: string;
                  nb?: string;
                  sv?: string;
                };
                options?: string[];
                /** @enum {string} */
                type: 'likert5' | 'scale0to10' | 'who5' | 'choice' | 'yesno' | 'text';
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/surveys/{invitationId}/answers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          invitationId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            answers: {
              [key: string]: number | boolean | string;
            };
            /** @default false */
            healthConsent?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              answered: true;
              canAskForRematch: boolean;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/surveys/{invitationId}/rematch': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          invitationId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            message?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: never;
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
