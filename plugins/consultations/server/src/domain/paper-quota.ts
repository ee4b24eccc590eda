import type { Bilingual } from './bilingual';

/** How many position papers, and how many bytes of them, one person and one consultation may have. */
export interface PaperLimits {
  perPerson: number;
  bytesPerPerson: number;
  perConsultation: number;
  bytesPerConsultation: number;
}

/** Papers already stored (by this person, or in this consultation) and their bytes. */
export interface PaperUsage {
  count: number;
  bytes: number;
}

export type PaperQuotaCode =
  | 'position_paper_count_per_person'
  | 'position_paper_bytes_per_person'
  | 'position_paper_count_per_consultation'
  | 'position_paper_bytes_per_consultation';

/** 429 for one paper too many (a count), 413 for too many bytes, as the OpenAPI document says. */
export type PaperQuotaVerdict = { ok: true } | { ok: false; status: 413 | 429; code: PaperQuotaCode; message: Bilingual };

const MB = 1024 * 1024;
const megabytes = (bytes: number) => Math.round(bytes / MB);

/**
 * Whether one more paper of `size` bytes fits. Without limits one email-level account filled the disk with 5 × 9.5 MB
 * in under two seconds; a person's limits come first (the usual case), then the consultation's (many accounts).
 */
export function checkPaperQuota(limits: PaperLimits, person: PaperUsage, consultation: PaperUsage, size: number): PaperQuotaVerdict {
  if (person.count + 1 > limits.perPerson) {
    return {
      ok: false,
      status: 429,
      code: 'position_paper_count_per_person',
      message: {
        uk: `До однієї консультації можна надіслати не більше ${limits.perPerson} позиційних документів`,
        en: `At most ${limits.perPerson} position papers per person may be sent to one consultation`,
      },
    };
  }
  if (person.bytes + size > limits.bytesPerPerson) {
    return {
      ok: false,
      status: 413,
      code: 'position_paper_bytes_per_person',
      message: {
        uk: `Ваші позиційні документи до цієї консультації разом не можуть перевищувати ${megabytes(limits.bytesPerPerson)} МБ`,
        en: `Your position papers to this consultation may not exceed ${megabytes(limits.bytesPerPerson)} MB in all`,
      },
    };
  }
  if (consultation.count + 1 > limits.perConsultation) {
    return {
      ok: false,
      status: 429,
      code: 'position_paper_count_per_consultation',
      message: {
        uk: `Консультація вже отримала найбільшу кількість позиційних документів (${limits.perConsultation})`,
        en: `The consultation has received the most position papers it accepts (${limits.perConsultation})`,
      },
    };
  }
  if (consultation.bytes + size > limits.bytesPerConsultation) {
    return {
      ok: false,
      status: 413,
      code: 'position_paper_bytes_per_consultation',
      message: {
        uk: `Позиційні документи цієї консультації разом не можуть перевищувати ${megabytes(limits.bytesPerConsultation)} МБ`,
        en: `The position papers of this consultation may not exceed ${megabytes(limits.bytesPerConsultation)} MB in all`,
      },
    };
  }
  return { ok: true };
}
