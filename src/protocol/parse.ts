import { addDays } from '../calendar/civil-date.js';
import type {
  Assignment,
  ControllerRef,
  Deadline,
  DeadlineContext,
  DocumentText,
  ExecutorRef,
  Extension,
  IsoDate,
  ItemKind,
  ItemOutline,
  ParsedDocument,
  ParseWarning,
  RecurrenceRule,
} from '../domain.js';
import { findDeadline, findSetDays, firstDueOf, listedDays, MONTH_DAY_TERM, MONTHS_GENITIVE, MONTHS_NOMINATIVE, namedDaysOf, parseDeadline, PAST_TERM, pastClauses, unreadDeadline } from '../deadline/index.js';
import type { Directory } from '../directory/types.js';
import { toNominative } from '../directory/inflect.js';
import { CLOSES, EXTENDS, readCloses, readExtension, readItemRefs, restatement } from './act-refs.js';
import { cutAtStop, isDativeWord, isInfinitive, LOWER_DATIVE_HEAD, ORG_NOMINATIVE, leadingExecutors, splitAccusative, splitExecutors, splitList, splitPartners, trailingPerson, type ExecutorPhrase, type ExecutorSplit } from './executors.js';
import { readHeader } from './header.js';
import { CARD_LINE, fixRecognition, layout, type Block } from './layout.js';
import { readSendTo } from './send-to.js';
import { POSITION } from './text.js';
import { inlineDecisions, isFormula, ITEM_LABEL, labelItem, NAMED_ITEMS, namedItems, QUESTION_NAMED, readStructure, RESPONSIBLE_LINE, type Region, type Structure } from './structure.js';
import { mergeColumns, readColumns, readRows, type Columns } from './tables.js';
import { accusativeToNominative } from './case-forms.js';
import { capitalizeFirst, emailsIn, isShouting, properNamesCapitalized, repairNumbering, ROLE_NOTE, squash, stripTrailingPunctuation, SURNAME_INITIALS, unshout, untelegraph } from './text.js';

/**
 * The reader: document text → what it orders. Five layers, each in its own module:
 * layout (lines → blocks), structure (header, operative part, signature, attachments),
 * clauses (here: what each operative clause asks of whom), deadlines (src/deadline, attached
 * here to their clause) and the header. Pure: the same text and directory give the same result.
 */
export interface ParseOptions {
  /** Routes executors and controllers to directory ids; without it every `ref` is null. */
  directory?: Directory;
  /** Counts «рабочих дней» with the production calendar. */
  addWorkingDays?: DeadlineContext['addWorkingDays'];
}

/**
 * «Информацию … принять к сведению», also glued at a former line break («… учебному годупринять к сведению»); «Просим принять
 * указанную информацию к сведению».
 */
const NOTED =
  /^(?:решили\s*:\s*)?(?:принять\s+(?:к\s+сведению|во\s+внимание|(?:информацию|доклад|отч[её]т|сообщение)(?![\p{L}]))|(?:информацию|доклад|сообщение|отчет|отч[её]т|сведения|информация)(?:[^;]{0,400}?)\s+принять\s+к\s+сведению|[^.;]{0,300}?\s+принят[аоы]?\s+к\s+сведению|[^.;]{0,300}?принять\s+(?:(?:указанн|данн|эт|настоящ|изложенн)[а-яё]*\s+(?:информаци|сведени|рекомендаци|письм|доклад)[а-яё]*\s+)?к\s+сведению)/iu;
/** («Контрольза выполнением …»: «за» glued to it at a former line break in a stored copy.) */
const CONTROL =
  /^(?:(?:общий\s+|текущий\s+|оперативный\s+|персональный\s+)?(?:контроль|координаци[юя]\s+(?:и|работы\s+и)\s+контроль|организаци[юя]\s+контроля)(?:(?![\p{L}])|(?=(?:за|над)\s))|организаци[юя]\s+(?:исполнения|выполнения)\s+(?:(?:настоящ|данн|этого)[а-яё]*\s+)?(?:постановлени|распоряжени|приказ|решени|указ)[а-яё]*|обсуждение\s+хода\s+исполнения[^.]*контрол[а-яё]*).*?(?<![\p{L}])(?:возложить|оставить|оставляю|возлагаю|сохранить|сохраняю|поручить|поручаю|закрепить|оставлю)(?![\p{L}])\s*(?:(за|на)\s+)?(.+)$/iu;
/** «Возложить на … контроль за исполнением настоящего …», «Возложить контроль за выполнением плана на …»: the controller either side. */
const CONTROL_VOZLOZHIT =
  /^возложить\s+(?:на\s+(.+?)\s+(?:общий\s+|текущий\s+)?контроль\s+за\s+(?:исполнением|выполнением|реализацией)\s+(?:настоящ|данн|этого)|(?:общий\s+|текущий\s+|персональный\s+)?контроль\s+за\s+(?:исполнением|выполнением|реализацией|ходом)\s+[^;]{0,200}?\s+на\s+(?!\d)(.+)$)/iu;
/** «Секретарю антитеррористической комиссии (Бойко Т.С.) обеспечить контроль за исполнением решений комиссии»: who controls, asked to. */
const CONTROL_ENSURE =
  /^(?!(?:рекомендовать|поручить|предложить|просить|обязать)\s)((?:[А-ЯЁ][^\s,;]*)(?:\s+[^;]{1,160}?)?)\s+(?:обеспечить|осуществлять|осуществить)\s+контроль\s+(?:за|над)\s+(?:исполнением|выполнением|ходом\s+(?:исполнения|выполнения))\s+(?:(?:решений|решения|протокольных\s+решений)\s+(?:комиссии|штаба|совета|коллегии|рабочей\s+группы)|(?:настоящего|данного)\s+протокола)\s*[.;]?$/iu;
const APPROVAL =
  /^(?:утвердить|одобрить|согласиться|поддержать|согласовать|принять\s+(?:в\s+(?:первом|втором|третьем|целом|окончательном)|закон|проект|решение|предложени|план|положени|порядок|состав|регламент|программ|резолюци|обращени|заявлени|к\s+исполнению|участие\s+в\s+заседании)|образовать|создать|учредить|назначить|определить|установить|объявить|ввести\s+(?:в\s+действие|режим|ограничени|запрет|карантин|должност|штатн|особ|временн|(?:[а-яё]+\s+){0,3}в\s+(?:действие|состав|штат))|внести\s+(?:изменени|дополнени|в\s)|признать|считать\s+утратившим|отменить|приостановить|выделить|предоставить|присвоить|наградить|включить|исключить|переименовать|реорганизовать|ликвидировать|закрепить|выразить|отметить|разрешить|начать|завершить\s+отопительный|провести\s+(?:заседани|выставк|конкурс|форум|совещани|праздн|смотр|фестивал|акци)|рекомендовать\s+к\s+|вынести|одобрен|согласован|возобновить|продолжить\s+работу\s+(?:комиссии|рабочей)|считать\s+(?:целесообразным|необходимым\s+(?!\S+у\s))|направить\s+(?:настоящ|данн|указанн|информацию\s+о\s+принятом)|просить\s+(?:губернатора|главу)?\s*(?:рассмотреть|поддержать)|обратить\s+внимание\s+на(?![\p{L}])|указать|объявить|запретить|ограничить|поблагодарить|наградить|поощрить)(?![\p{L}])/iu;
const PROCEDURAL =
  /^(?:(?:настоящий\s+|данный\s+)?(?:приказ|постановление|распоряжение|решение)\s+(?:довести|опубликовать|разместить|направить|обнародовать)|опубликовать|обнародовать|разместить\s+(?:настоящ|данн)|направить\s+(?:настоящ|данн)|довести\s+(?:настоящ|данн|до\s+сведения)|(?:настоящ|данн|это)[а-яё]*\s+(?:постановлени|распоряжени|приказ|решени|протокол)[а-яё]*\s+(?:опубликовать|разместить|направить|довести|вступает|подлежит|вводится))/iu;
/**
 * The wording of an amendment to another act: «В пункте 1 слова "до 15 сентября" заменить словами "до 1 ноября"», «Пункт 2 после
 * слов "…" дополнить словами "…"», «В пункте 3 слова "…" исключить» — the act's text changes, nobody is asked.
 */
// («в абзаце втором пункта 7.2 слова «до 15 октября» заменить …», «дополнить пунктом 4.3.1 следующего содержания: …».)
const AMENDS_WORDING = /^(?:в\s+)?(?:абзаце\s+[а-яё]+\s+)?(?:под)?пункт[а-яё]*\s+\d+(?:\.\d+)*[^.;]{0,60}?(?:слова|цифры|абзац|предложение)\s|^(?:под)?пункт\s+\d+(?:\.\d+)*\s+(?:после\s+слов|дополнить|изложить|исключить|признать)|^дополнить\s+(?:[а-яё]+\s+){0,3}(?:под)?пункт(?:ом|ами)\s+\d+(?:\.\d+)*\s+следующего\s+содержания/iu;

/** «Остальной текст постановления оставить без изменения», «Размер платы оставить без изменений»: nothing is asked. */
const KEPT_AS_IS = /^[^.;]{0,120}?(?<![\p{L}])оставить\s+без\s+изменени[йя]/iu;
const IN_FORCE = /(?:вступа[ею]т|вступило|вводится|вводятся)\s+в\s+(?:законную\s+)?(?:силу|действие)/iu;
const LEAD_VERB = /^(?:рекомендовать|предложить|поручить|просить|обязать|обязываю|поручаю|предлагаю|рекомендую)(?![\p{L}])/iu;
/** A lead verb alone over the tasks under it: «Поручить:», «Рекомендовать:». */
const LEAD_ALONE = /^(?:рекомендовать|предложить|поручить|просить|обязать)\s*:\s*$/iu;
const VOZLOZHIT = /^возложить\s+на\s+(.+?)\s+(?=(?:персональн|общ|обязанност|функци|ответственност|координаци|организаци|полномочи|задач|исполнени|руководство\s|оперативное\s|подготовк|проведени|контроль\s+за\s+(?!исполнением\s+настоящ|выполнением\s+настоящ)))/iu;
/** «Возложить общее руководство по организации … на Управление культуры …»: the duty first, then whom. */
const VOZLOZHIT_AFTER = /^возложить\s+(?:общее\s+|персональн[а-яё]+\s+)?(?:руководство|ответственность|обязанност[а-яё]*|функци[а-яё]*|координаци[а-яё]*|организаци[а-яё]*|полномочи[а-яё]*)\s[^;]{3,300}?\s+на\s+((?:[А-ЯЁ]|заместител|начальник|руководител|глав|директор|председател|управлени|отдел|комитет|комисси)[^;]*?)\.?$/u;
/** «Направить проект … Президенту …, в комитеты … для подготовки отзывов, предложений и замечаний»: the recipients are asked for replies. */
const ASKS_REPLIES = /^направить\s+(.+?)\s+(?:для|с\s+целью)\s+(?:внесения|представления|подготовки|дачи|направления)\s+(?:[а-яё]+\s+)?(?:замечаний|предложений|отзывов|заключений|поправок)/iu;
/** «<the task> поручить <executor in the dative>.»: a sentence that ends with whom it entrusts. */
const ENTRUSTED_AFTER = /^[А-ЯЁ][^;]{3,400}?\s+поручить\s+((?:[А-ЯЁ]|начальник|заместител|руководител|глав|директор|председател|управлени|отдел|комитет|комисси|департамент|министерств|администраци)[^;]*?)\.?$/u;
/** «Ответственность за организацию … возложить на его организаторов — оргкомитет …». */
const RESPONSIBILITY = /^(?:персональную\s+)?ответственность\s+за\s+.+?\s+возложить\s+на\s+(.+?)\.?$/iu;
/** «Организацию и проведение месячника … возложить на управление образования …»: the task first, then whom (never «Контроль …»). */
// («1. Провести … 25 сентября 2010 года … слет. Непосредственную подготовку и проведение слета возложить на руководителя клуба …»:
// the sentence may follow another, and open with an adjective.)
const TASK_ON = /(?:^|[.!]\s+)(?:(?:непосредственн|общ|практическ|организационн)[а-яё]+\s+)?(?:организаци[юя]|проведени[ея]|подготовк[уа]|обеспечени[ея]|руководство|координаци[юя]|исполнени[ея]|выполнени[ея])\s(?:[^;.]|(?<=(?:^|[\s.(])\p{L})\.){0,300}?\s+возложить\s+на\s+(.+?)\.?$/iu;
/** «Возложить персональную ответственность на руководителей учреждений … за надлежащее выполнение …»: the same, the other way round. */
const RESPONSIBILITY_ON = /^возложить\s+(?:персональную\s+|личную\s+)?ответственность\s+на\s+(.+?)\s+за\s+\S/iu;
const ASK = /(?:^|[\s,(])(?:прошу|просим|просит|просят|просьба|необходимо|поручаю|рекомендуем|рекомендует|предлагаем|предлагаю|предлагает|предлагается|рекомендуется|следует|надлежит|обязываю|требую)(?![\p{L}])/iu;
/** «прошу», «просим», and «(вынужден повторно) просить Вас …» of a letter's writer. */
const STRONG_ASK = /(?:^|[\s,(])(?:прошу|просим|просит|просьба|просить\s+вас|предлагаю)(?![\p{L}])/iu;
/** A sender's advice or order to officials named right after the verb: «… рекомендует руководителям …, директорам … принять меры». */
const SENDER_ADVICE =
  /(?<![\p{L}])(?:рекомендует|предлагает|поручает)\s+(?=(?:органам|главам|руководителям|директорам|начальникам|заведующим|администрациям|управлениям|отделам|учреждениям|организациям|предприятиям|председателям)(?![\p{L}]))/iu;
/**
 * «Администрация … обращается к собственникам и арендаторам земельных участков с просьбой провести …»: a sender's appeal
 * to those it names in the dative after «к», asking what the infinitive says.
 */
const APPEAL_TO = /(?<![\p{L}])(?:обращается|обращаемся|обращаюсь|обратилась|обратился|обратились)\s+ко?\s+(?:всем\s+)?([^.;:!?]{3,200}?)\s+с\s+(?:просьбой|призывом|предложением)\s+(?=[а-яё]+(?:ть|ти)(?:ся)?(?![\p{L}])|(?:о|об)\s+[а-яё]+(?:нии|тии|ке|те|ве|ре|де)(?![\p{L}]))/iu;
/** «Администрация города … приглашает всех жителей города принять участие …»: a sender's invitation of those it names in the accusative. */
const INVITES = /(?<![\p{L}])(?:приглашает|приглашаем|приглашаю|призывает|призываем|призываю)\s+(?:всех\s+)?([^.;:!?]{3,150}?)\s+(?=[а-яё]+(?:ть|ти)(?:ся)?(?![\p{L}]))/iu;
/**
 * «"Все мероприятия … должны быть завершены до 19 августа. … прошу руководителей всех уровней взять этот вопрос под личный
 * контроль …", – указал премьер-министр.»: a news item quoting a speaker; the asks in the quote are the speaker's, told.
 */
const QUOTED_SPEECH = /^\s*[«"„][^]*[»"“]\s*,?\s*[–—-]\s*(?:указал|сказал|отметил|подчеркнул|заявил|добавил|пояснил|сообщил|напомнил|резюмировал|заключил|призвал|потребовал|поручил)[аи]?(?![\p{L}])/u;
/** «Просьба председателей, либо представителей садово-огороднических товариществ, подойти …»: a request of those it names (genitive). */
const REQUEST_OF = /^\s*(?:убедительная\s+)?просьба\s+(?!к\s|ко\s|о\s|об\s)([^.;:!?]{3,160}?)\s*,?\s+(?=[а-яё]+(?:ть|ти)(?:ся)?(?![\p{L}]))/iu;
/** «…, включающие:», «…, в том числе:», «…, а именно:»: what follows is the contents of the task before it. */
const CONTENTS_LEAD = /(?:включающ[а-яё]*|в\s+том\s+числе|а\s+именно)\s*:\s*$/iu;
/** «… представить … следующие документы за 1998-1999 годы:», «… следующую информацию:»: the task's object listed below. */
const FOLLOWING_LEAD = /(?<![\p{L}])следующ(?:ие|ую|ее|ий)\s+[^:;.]{2,80}:\s*$/iu;
/** «… напоминает Вам о необходимости принятия мер …:»: a reminder that asks. */
const REMINDS = /(?<![\p{L}])[Нн]апомина(?:ет|ем|ют)\s+(?:[А-ЯЁа-яё]+\s+){0,2}о\s+необходимости(?![\p{L}])/u;
/** Roman numbers of headings («I.», «II.»), for a sub-item whose «I» a copy turned into «1». */
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'];

/** «информацию об итогах … представить …»: an action with its object first; not a rule in the passive («… должны быть обкошены»). */
function objectFirstStep(t: string): boolean {
  // («костры разрешается разводить только …»: a permission or a ban told impersonally is a rule too.)
  if (/(?<![\p{L}])(?:должн[аоы]?|может|могут|следует|[а-яё]+(?:ется|ются|ится|ятся))(?![\p{L}])/iu.test(t)) return false;
  return (t.match(/[А-Яа-яЁё]+/gu) ?? []).some((w) => /^[а-яё]/u.test(w) && w !== 'быть' && isInfinitive(w));
}

/** A term that opens a step before its verb: «В срок до 25 августа 2021 года …», «Ежемесячно, не позднее 1 числа, …». */
const TERM_OPENING =
  /^(?:(?:в\s+срок\s+)?(?:до|не\s+позднее|не\s+позже|к)\s+[^,;]{1,40}?|(?:ежемесячно|ежеквартально|еженедельно|ежедневно|ежегодно|постоянно|регулярно|незамедлительно|в\s+течение\s+[^,;]{1,30}?)(?:\s*,\s*(?:до|не\s+позднее|не\s+позже|следующ[а-яё]*|начиная\s+с)\s*[^,;]{1,50}?){0,3})\s*,?\s+(?=\p{Ll}+(?:ть|ти)(?:ся)?(?![\p{L}]))/iu;

/** A «Срок» line that lists days of one month: «1 и 9 мая 2024 года», «до 5, 15 и 25 июня 2024 г.». */
const LISTED_TERM = /^((?:до|к|не\s+позднее)\s+)?(\d{1,2}(?:\s*,\s*\d{1,2})*\s+и\s+\d{1,2})\s+([а-яё]+)(\s+\d{4}\s*(?:года|г\.?)?)?\.?$/iu;

/** Two days of the month under one «числа»: «1 и 15 числа», «5-го и 20-го числа». */
const TWO_DAYS = /(?<!\d)(\d{1,2})(?:\s*-?\s*(?:го|е))?\s*(?:и|,)\s*(\d{1,2})(?:\s*-?\s*(?:го|е))?\s+числ[а-я]*/u;

/** What is sent in, told in the passive: «принимаются», «направляются», «представляются», «подаются» … */
const SUBMITTED = /(?<![\p{L}])(?:принима|направля|представля|предоставля|пода|переда)(?:ются|ется|ётся)(?![\p{L}])/iu;

/** A term opening an item before a dash and the task: «До 01.06.2025 – …», «Ежемесячно, до 5 числа …, начиная с июня 2025 г. – …». */
const TERM_FIRST =
  /^((?:в\s+срок\s+)?(?:до|к|не\s+позднее)\s+\d[^–—]{2,60}?|в\s+[а-яё-]*(?:дневный|недельный|месячный)\s+срок|в\s+течение\s+[^–—]{3,80}?|(?:ежемесячно|ежеквартально|еженедельно|ежегодно|ежедневно)[^–—]{0,120}?|постоянно|на\s+постоянной\s+основе)\s*,?\s+[–—]\s+(?=\S)/iu;

/** «по п. 1 – до 25.06.2024;», «по пп. 3, 4 – к 15.08.24», «По пункту 2.1: ежемесячно …»: a line of a list of terms by item. */
// (Only a term after the dash — a decision «По пункту 1 – снять с контроля» or «По пункту 3: заслушать отчет …» is none.)
const TERM_FOR_ITEMS = /^по\s+(?:пп?\.|пункт(?:у|ам)|подпункт(?:у|ам))\s*(\d{1,2}(?:\.\d{1,2})*(?:\s*(?:,|и)\s*\d{1,2}(?:\.\d{1,2})*)*)\s*[–—:-]\s*(?=(?:в\s+срок|до|к|не\s+позднее|в\s+течение|в\s+[а-яё-]*(?:дневный|недельный|месячный)|ежедневно|еженедельно|ежемесячно|ежеквартально|ежегодно|постоянно|на\s+постоянной|в\s+(?:I|II|III|IV|\d)|в\s+(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)|\d)(?![\p{L}]))\S/iu;

/** The items a line of a list of terms by item names, or null when the line is not one. */
function itemsOfTermLine(b: Block): string[] | null {
  const m = b.marker ? null : TERM_FOR_ITEMS.exec(b.text.trim());
  return m ? m[1]!.split(/\s*(?:,|\sи\s)\s*/u).map((x) => x.trim()) : null;
}

/** A stage and its term on a line of a «Сроки:» list: «разработка проектно-сметной документации – до 01.09.2023;». */
const STAGE_TERM = /\s[–—-]\s+((?:до|не\s+позднее|к|в\s+течение|ежемесячно|ежеквартально|постоянно|(?:I{1,3}|IV)\s+квартал|\d|январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)[^–—]*?)\s*[.;,]?\s*$/iu;

/** An item that ends by saying its terms follow: «… в следующие сроки:», «… по формам и в сроки согласно таблице:». */
const TERMS_FOLLOW = /(?<![\p{L}])(?:в\s+)?(?:(?:следующие|указанные\s+ниже)\s+)?сроки\s*:\s*$|сроки\s+согласно\s+(?:таблице|графику)\s*:?\s*$/iu;

/** A due phrase in free text: «в срок до 01.12.2016г.», «не позднее 15 декабря 2014 года», «до 1 мая», «до 10.00 20.05.2021». */
const DUE_IN_TEXT =
  /(?:(?:в\s+срок\s+)?(?:(?:но\s+)?не\s+позднее|не\s+позже|до)\s+(?:\d{1,2}[-.:\s]?[0-5]\d\s*(?:час(?:ов|а)?\.?|ч\.)?,?\s+)?(?:[«"]?\d{1,2}[»"]?(?:\s+|(?=январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр))[а-яё]+(?:\s+\d{4}\s*(?:года|г\.?)?)?|\d{1,2}\.\d{1,2}\.\d{2,4}\s*(?:года|г\.?)?))/iu;


interface Clause {
  item: string | null;
  parent: string | null;
  line: number;
  main: Block;
  subs: Block[];
  deadlineBlocks: Block[];
  responsibleBlocks: Block[];
  /** An unnumbered paragraph of its own under a numbered item: the number its assignments carry. */
  carried?: string | null;
  /** An amendment whose added items are clauses of their own: it orders nothing itself. */
  amends?: boolean;
  children: Clause[];
  parentClause: Clause | null;
  /** The block after the clause opens a new question (a «СЛУШАЛИ», «РЕШИЛИ» or agenda block). */
  beforeSection: boolean;
  /** A table row: its cells by column. */
  row?: { deadline: string; executors: string } | undefined;
  /** A duty told in the present («… готовит и направляет …») or a letter's passive («… представляется управляющими организациями …»): its terms are read as an ask's. */
  presentDuty?: boolean;
  /** Inside «Статья …» of a law: only leads order anything. */
  inArticle: boolean;
  /** A paragraph of a letter's body: its asks go to the addressees. */
  letter?: boolean;
  /** In a letter: a step under an ask that ends with «:» («прошу Вас принять следующие меры: / - установить …»), asked of the addressees as the ask is. */
  letterStep?: { soft: boolean; lead?: string };
  /** In a letter: an ask whose steps follow it (its steps are the assignments). */
  letterLead?: boolean;
  /** In a letter: a paragraph before the letter's own request («… просим:»), which tells what the asks are about. */
  background?: boolean;
  /** A paragraph with its own verb under a numbered heading that names its executors («3. Отделу …: / Организовать …»). */
  headedTask?: boolean;
  /** A paragraph naming its executor and verb under a lead verb alone («1.2. Поручить: / начальнику отдела … обеспечить …»). */
  leadTask?: boolean;
  /** From the body of a text with no formula and no numbering: only explicit orders count. */
  fallback?: boolean;
  /** A paragraph under «… рекомендует и призывает:» that opens with those it calls on, in the accusative. */
  calledOn?: boolean;
  /** Executors named at the end of the preamble («… предприятиям всех форм собственности:»). */
  regionLead?: ExecutorSplit | null;
  /** The text of the lead above the region («Рекомендовать …, в срок до 01.05.2024:»), for a term it gives every line. */
  regionLeadText?: string;
  kind?: ItemKind;
}

function emptyDeadline(): Deadline {
  return { kind: 'none', text: '', date: null, time: null, rule: null, firstDue: null, relative: null };
}

function unmatched(line: number, name: string): ParseWarning {
  return {
    line,
    code: 'executor_unmatched',
    message: `исполнителя «${name}» нет в справочнике: напоминания ему пойдут оператору — добавьте его в config/directory.yaml`,
  };
}

/** Walk the blocks of one operative region into clauses with their numbering, continuations and sub-items. */
function gatherClauses(blocks: readonly Block[], st: Structure, region: Region, out: Clause[]): void {
  let current: Clause | null = null;
  const byItem = new Map<string, Clause>();
  let lastNumbered: Clause | null = null;
  let inArticle = false;
  let dashRun = false;
  // Inside the new wording an amendment quotes («… изложить в следующей редакции: / «4.3. … обязаны: / а) …; / в) … .»;»).
  let quoting = false;
  let tableColumns: Columns | null = null;
  let tableHeader: Block | null = null;
  const tableRows: Block[] = [];

  const flushTable = (): void => {
    // «3. Руководителям … представлять … информацию по формам приложения № 2 … в следующие сроки:» over a table of forms with
    // their periodicity and term, no executors' column: the rows are that item's terms, not tasks of their own.
    const lead = current as Clause | null;
    if (tableColumns && tableRows.length > 0 && tableColumns.executors === null && tableHeader?.cells && lead && TERMS_FOLLOW.test(squash(lastText(lead)))) {
      const every = tableHeader.cells.findIndex((h) => /периодичност/iu.test(h));
      for (const row of readRows(tableRows, tableColumns)) {
        const often = every >= 0 ? (row.block.cells?.[every] ?? '').trim() : '';
        const term = /^(?:ежемесячно|ежеквартально|ежегодно|еженедельно|ежедневно|по\s+полугодиям|раз\s+в\s+полугодие|один\s+раз\s+в\s+полугодие)$/iu.test(often) ? `${often.replace(/^по\s+полугодиям$/iu, 'раз в полугодие')} ${row.deadline}` : row.deadline;
        if (term.trim() !== '') lead.subs.push({ ...row.block, cells: null, marker: null, text: `${row.task} – ${term.trim()};`, termOf: term.trim() });
      }
      tableRows.length = 0;
      return;
    }
    if (tableColumns && tableRows.length > 0) {
      const rows = readRows(tableRows, tableColumns);
      // (A table that reports what was done about each task, its «Информация об исполнении» filled in, sets no task of its own.)
      const reported = rows.filter((r) => r.report !== '').length * 2 >= rows.length && rows.length > 0;
      // («1.2. ГУП ЖКХ … обеспечить выполнение мероприятий по графику: / Мероприятие | Ответственный | Срок / …»: rows with no number
      // of their own under a numbered item that leads them are that item's tasks, each under its number.)
      const leading = current as Clause | null;
      const ledBy = leading && leading.item !== null && rows.every((r) => r.number === null) && /:\s*$/u.test(lastText(leading)) && hasInfinitive(squash(lastText(leading))) && tableColumns.executors !== null ? leading : null;
      for (const row of rows) {
        // («Протокол от 28.10.2024 № 42, п. 3 – обеспечить вывоз … | Ахмадуллин Р.Ф. | Снять с контроля (исполнено)»: a row the meeting
        // closes, extends or keeps is read as its decision about the task it names, not as a task of its own.)
        // (Only when the task cell cites the act and item it is about: in «№ | Рассматриваемый вопрос | Решение | Ответственный | Срок»
        // the «Решение» column is the task itself.)
        const cites = readItemRefs(row.task, null).length > 0;
        const decided = cites && /^(?:снять|считать\s+(?:исполн|выполн|снят)|продлить|перенести|оставить\s+на\s+контроле|установить\s+новый\s+срок)/iu.test(row.decision);
        const clause = ledBy ? newClause(ledBy.item, ledBy, { ...row.block, text: row.task }) : newClause(row.number ?? null, null, { ...row.block, text: decided ? `${stripTrailingPunctuation(row.decision)}: ${row.task}` : row.task });
        if (decided) continue;
        if (reported) {
          clause.kind = 'other';
          continue;
        }
        clause.row = { deadline: row.deadline, executors: row.executors };
        // («2. Ответственным исполнителям обеспечить выполнение следующих мероприятий:» over rows «2.1», «2.2» …: the item heads
        // the rows, each with its own executors, and asks nothing itself.)
        const hostItem = row.number?.includes('.') ? row.number.slice(0, row.number.lastIndexOf('.')) : null;
        const host = hostItem === null ? undefined : byItem.get(hostItem);
        if (host && host !== clause && /:\s*$/u.test(host.main.text)) host.children.push(clause);
      }
    }
    tableRows.length = 0;
  };

  const newClause = (item: string | null, parentClause: Clause | null, block: Block): Clause => {
    const c: Clause = {
      item,
      parent: parentClause?.item ?? (item && item.includes('.') ? item.slice(0, item.lastIndexOf('.')) : null),
      line: block.line,
      main: block,
      subs: [],
      deadlineBlocks: [],
      responsibleBlocks: [],
      children: [],
      parentClause,
      beforeSection: false,
      inArticle,
      fallback: region.fallback === true,
      regionLead,
      ...(regionLead ? { regionLeadText: leadBlock!.text } : {}),
    };
    if (parentClause) parentClause.children.push(c);
    out.push(c);
    current = c;
    if (item !== null) byItem.set(item, c);
    return c;
  };

  let label: string | null = null;
  let termsList: Clause | null = null;
  let leadBlock = blocks[region.start - 1];
  let regionLead = preambleLead(leadBlock);
  for (let i = region.start; i < region.end; i += 1) {
    const b = blocks[i]!;
    const role = st.roles[i]!;
    // («главам … поселений: / – …; / – …; / руководителям предприятий …: / – …»: a letter's second group of addressees, named as
    // the first was, leads the lines after it.)
    const nextGroup = regionLead && i > region.start && !b.marker && !b.cells && /^\p{Ll}/u.test(b.text) && blocks[i - 1]?.marker?.style === 'dash' && blocks[i + 1]?.marker?.style === 'dash' && /:\s*$/u.test(b.text) && isDativeWord(b.text.split(/\s+/u)[0]!) ? leadingExecutors(b.text.replace(/\s*:\s*$/u, '')) : null;
    if (nextGroup && nextGroup.executors.length > 0) {
      regionLead = nextGroup;
      leadBlock = b;
      current = null;
      continue;
    }
    // «По подпункту «з» пункта 1 перечня поручений …:» labels the instruction below it.
    const labelled = ITEM_LABEL.exec(b.text);
    if (labelled && !b.marker) {
      label = labelItem(labelled);
      continue;
    }
    if (b.cells) {
      // (A row whose term cell reads «в двухнедельный срок» names no columns: a row opens with its number.)
      const cols: Columns | null = tableColumns !== null && /^\d{1,3}(?:\.\d{1,3})*\.?$/u.test((b.cells.find((x) => x.trim() !== '') ?? '').trim()) ? null : readColumns(b.cells);
      if (cols && (tableColumns === null || tableRows.length > 0 || !b.marker)) {
        // («№ ⇥ … ⇥ Срок ⇥ Ответственные» over «п/п ⇥ ⇥ исполнения ⇥ исполнители»: a header written over two lines names its
        // columns once; the second line fills in only what the first left unnamed.)
        const goesOn: boolean = tableColumns !== null && tableRows.length === 0 && blocks[i - 1]?.cells != null;
        flushTable();
        tableColumns = goesOn && tableColumns !== null ? mergeColumns(tableColumns, cols) : cols;
        if (!goesOn) tableHeader = b;
        continue;
      }
      if (tableColumns) {
        tableRows.push(b);
        continue;
      }
    } else if (tableRows.length > 0) {
      // A section heading inside the table («1. Подготовительные мероприятия») ends a run of rows, not the table.
      flushTable();
    }
    const cur = current as Clause | null;
    // («1.1. пункт 4.3 изложить в следующей редакции: / «4.3. Собственники … обязаны: / а) … / в) ежегодно в срок до 1 мая … .»;»: the
    // quoted wording of rules — «… обязаны», an amended «Правила …», «Положение …» —, its numbers and letters too, is the amending
    // item's text, no items of this act. An item of an act restated or added with its own ask, «"10.1. Рекомендовать органам … в
    // срок до 01.12.2015."», is read as before: see insertedItems and restatement.)
    const opensQuote = cur !== null && !b.cells && !quoting && /(?:редакции|содержания)\s*:\s*$/iu.test(lastText(cur)) && /^[«"“]/u.test(b.text.trim());
    // (The quote ends at the amending act's own next number — «1.2.», «2.» — if its closing mark went astray.)
    if (quoting && cur && b.marker?.style === 'decimal' && cur.item !== null && ownNext(cur.item, b.marker.value)) quoting = false;
    if (cur && (quoting || (opensQuote && (/(?<![\p{L}])(?:обязан[аоы]?|вправе|не\s+допускается)(?![\p{L}])/iu.test(b.text) || /(?<![\p{L}])внести\s+(?:в\s+)?(?:(?:[а-яё]+|[«"])\s*){0,2}(?:правил[аоу]?|положени[еяю]|порядок|регламент|устав)(?![\p{L}])/iu.test(`${cur.parentClause?.main.text ?? ''} ${cur.main.text}`))))) {
      cur.subs.push(b);
      cur.amends = true;
      quoting = !/[»”]/u.test(b.text) && !/"\s*[.;,]?\s*$/u.test(b.text.trim());
      continue;
    }
    // «Сроки исполнения: / по п. 1 – до 25.06.2024; / по пп. 3, 4 – к 15.08.24; …»: a list after the items giving each named item its
    // term (only items read above that have none of their own).
    const forItems = !b.cells && (role === 'text' || role === 'deadline') ? itemsOfTermLine(b) : null;
    if (forItems) {
      // (The list's «Сроки:» heading went to the last item above it; it is no term of that item's.)
      const heading = (x: Block): boolean => /^сроки?(?:\s+(?:исполнения|выполнения))?\s*:\s*$/iu.test(x.text.trim());
      const named = forItems.map((n) => byItem.get(n)).filter((c): c is Clause => c !== undefined && c.deadlineBlocks.every(heading));
      if (named.length > 0) {
        for (const c of named) c.deadlineBlocks = [...c.deadlineBlocks.filter((x) => !heading(x)), b];
        termsList = null;
        continue;
      }
    }
    // «Сроки: / - разработка проектно-сметной документации – до 01.09.2023; / - строительство – 2024 год.»: the lines of a list of
    // stage terms are the item's terms, not items of their own.
    // («Сроки: / Решемское сельское поселение – 12 марта 2025 г.; / Шилекшинское … – 19 марта 2025 г.»: lines with no mark too.)
    if (termsList && termsList === cur && (b.marker?.style === 'dash' || b.marker?.style === 'letter' || (!b.marker && b.text.length <= 120)) && !b.cells && STAGE_TERM.test(b.text)) {
      termsList.deadlineBlocks.push(b);
      continue;
    }
    termsList = null;
    // «Провести субботник 25 апреля 2026 года.» / (blank) / «Отв.: специалист … Галкин В.П.» / «Срок: до 20.04.2026» / «Организовать
    // вывоз мусора …»: labels set apart from the text above by a blank line and run straight on into an unmarked task are that
    // task's, written before it.
    if ((role === 'deadline' || role === 'responsible') && b.afterBlank && !b.marker) {
      let end = i;
      while (end < region.end && (st.roles[end] === 'deadline' || st.roles[end] === 'responsible') && !blocks[end]!.marker && (end === i || !blocks[end]!.afterBlank)) end += 1;
      const task = blocks[end];
      if (end < region.end && task && !task.afterBlank && !task.marker && !task.cells && st.roles[end] === 'text' && startsWithInfinitive(task.text)) {
        const labels = blocks.slice(i, end);
        const c = newClause(null, null, task);
        for (const l of labels) (st.roles[blocks.indexOf(l)] === 'deadline' ? c.deadlineBlocks : c.responsibleBlocks).push(l);
        i = end;
        continue;
      }
    }
    if (role === 'deadline') {
      // «1. Провести … 2. Устранить … 3. Назначить … / Срок исполнения пунктов 1–3 – до 25 ноября 2024 года.»: the term of each item
      // it names that has none of its own.
      const named = namedItems(b.text)?.map((n) => byItem.get(n)).filter((c): c is Clause => c !== undefined && c.deadlineBlocks.length === 0);
      if (named && named.length > 0) {
        for (const c of named) c.deadlineBlocks.push(b);
        continue;
      }
      // «1.Обязать … провести работы …» / paragraphs that explain it / «Срок окончания работ 1 августа 2000 года.»:
      // a term after an unnumbered paragraph that orders nothing belongs to the numbered item above it.
      const target: Clause | null = cur && cur.item === null && lastNumbered && cur !== lastNumbered && !hasInfinitive(cur.main.text) && lastNumbered.deadlineBlocks.length === 0 ? lastNumbered : cur;
      if (target) target.deadlineBlocks.push(b);
      if (target && /^сроки?\s*:\s*$/iu.test(b.text.trim())) termsList = target;
      continue;
    }
    if (role === 'responsible') {
      if (cur) cur.responsibleBlocks.push(b);
      continue;
    }
    if (role === 'signature' || role === 'footer' || role === 'attachment') break;
    // A site's card under the text («Постановление / 203 / 14 июня 2007 года»), one value a line: no part of an item.
    if (!b.marker && !b.cells && CARD_LINE.test(b.text.trim())) continue;
    const marker = b.marker;
    if (marker?.style === 'article') {
      inArticle = true;
      newClause(null, null, b).kind = 'other';
      lastNumbered = null;
      dashRun = false;
      continue;
    }
    if (marker && (marker.style === 'decimal' || marker.style === 'roman')) {
      const value = marker.value;
      const parentItem = value.includes('.') ? value.slice(0, value.lastIndexOf('.')) : null;
      // («I. Главам администраций районов: / I.1. … / 1.2. …»: a Roman parent's sub-item whose «I» a copy turned into «1».)
      const written = parentItem ? byItem.get(parentItem) ?? (/^[1-9]$/u.test(parentItem) ? byItem.get(ROMAN[Number(parentItem) - 1]!) ?? null : null) : null;
      // «4. Рекомендовать главам …: / 1.1. организовать … / 1.2. принять меры …»: sub-items numbered anew under a heading with a colon.
      // «1.2» after «1.1» under the same renumbered heading: the heading of its sibling.
      const base = lastNumbered?.parentClause && parentItem && lastNumbered.item?.startsWith(`${parentItem}.`) ? lastNumbered.parentClause : lastNumbered;
      // (Not the heading's sibling: «1.1. Главам поселений: / 1.1.1. … / 1.1.2. … / 1.2. Рекомендовать МУП …».)
      const sibling = (x: Clause): boolean => x.item !== null && x.item.includes('.') && x.item.slice(0, x.item.lastIndexOf('.')) === parentItem;
      const heading = base && base.parentClause === null && /:\s*$/u.test(base.main.text) && !sibling(base) ? base : null;
      const parent = parentItem && heading && written !== heading && (written === null || written.line < heading.line) ? heading : written;
      // «2. Исполнитель: управление строительства … / Включить ремонт …»: an item whose number stands on its «Исполнитель» line, the
      // task on the next — the task is the item's text, the line its executors.
      const next = blocks[i + 1];
      if (RESPONSIBLE_LINE.test(b.text) && next && i + 1 < region.end && !next.marker && !next.cells && st.roles[i + 1] === 'text' && (hasInfinitive(next.text) || startsWithInfinitive(next.text))) {
        lastNumbered = newClause(value, parent, { ...next, marker: b.marker, line: b.line });
        lastNumbered.responsibleBlocks.push({ ...b, marker: null });
        i += 1;
        dashRun = false;
        continue;
      }
      // «1. До 01.06.2025 – Министерству … подготовить …», «3. В недельный срок – главам … направить …»: the term written before the
      // task, a dash between — the term is the item's «Срок» line, the task its text.
      const early = TERM_FIRST.exec(b.text);
      if (early && splitExecutors(capitalizeFirst(b.text.slice(early[0].length))) !== null) {
        lastNumbered = newClause(value, parent, { ...b, text: capitalizeFirst(b.text.slice(early[0].length)) });
        lastNumbered.deadlineBlocks.push({ ...b, marker: null, text: early[1]! });
        dashRun = false;
        continue;
      }
      // «5. Рекомендовать УМВД … (Фролов А.В.) обеспечить охрану порядка …. Организаторам мероприятий направлять … уведомления не
      // позднее 3 рабочих дней до начала мероприятия.»: a later sentence that names executors of its own is a task of its own
      // under the item's number.
      const second = !b.cells ? ownSentenceAt(b.text) : -1;
      if (second > 0) {
        lastNumbered = newClause(value, parent, { ...b, text: b.text.slice(0, second).trim() });
        newClause(value, parent, { ...b, marker: null, text: b.text.slice(second).trim() });
        dashRun = false;
        continue;
      }
      lastNumbered = newClause(value, parent, b);
      dashRun = false;
      continue;
    }
    if (marker && marker.style === 'paren') {
      const host = lastNumbered && lastNumbered.main.marker?.style !== 'paren' ? lastNumbered : lastNumbered?.parentClause ?? null;
      const useHost = host && (/:\s*$/u.test(host.main.text) || host.children.some((c) => c.main.marker?.style === 'paren'));
      if (useHost && host) {
        newClause(`${host.item}.${marker.value}`, host, b);
      } else if (region.question && host === null) {
        // «1. Об итогах голосования … / Комиссия РЕШИЛА: / 1) утвердить …; / 2) управлению … разместить …»: decisions numbered with a
        // bracket under a numbered question are its sub-items («1.2»), as «2. … 1)» is «2.1».
        lastNumbered = newClause(`${region.question}.${marker.value}`, null, b);
      } else {
        lastNumbered = newClause(marker.value, null, b);
      }
      dashRun = false;
      continue;
    }
    if (marker && marker.style === 'letter') {
      let host = lastNumbered;
      // A letter under a letter's sibling: the host is the numbered item above.
      while (host && host.main.marker?.style === 'letter') host = host.parentClause;
      if (host) newClause(`${host.item}.${marker.value}`, host, b);
      else newClause(marker.value, null, b);
      dashRun = false;
      continue;
    }
    // «3. Отделу общего образования (Ершова Т.А.): / Организовать проведение … / Подготовить сводный отчет … / Срок – до 15 сентября …
    // / Провести … семинар …»: under a numbered heading that names its executors, each paragraph that opens with its own verb in
    // capitals is a task of its own, with its own «Срок» line, under the heading's number.
    // (Also one that opens with its term: «Ежеквартально до 10 числа … обобщать информацию …».)
    const ownVerb = startsWithInfinitive(b.text) || (/^(?:Ежемесячно|Ежеквартально|Еженедельно|Ежегодно|Ежедневно|Постоянно|В\s+срок\s+до|До\s+\d)/u.test(b.text) && hasInfinitive(b.text));
    const headed = cur && !marker && !b.cells && /^[А-ЯЁ]/u.test(b.text) && ownVerb ? (cur.item !== null && cur.main.marker?.style === 'decimal' && /:\s*$/u.test(cur.main.text) && cur.subs.length === 0 ? cur : cur.parentClause && cur.item === cur.parentClause.item && cur.headedTask ? cur.parentClause : null) : null;
    if (headed && leadingExecutors(squash(headed.main.text)) !== null) {
      const task = newClause(headed.item, headed, b);
      task.headedTask = true;
      dashRun = false;
      continue;
    }
    // «1.2. Поручить: / начальнику отдела … обеспечить мониторинг …; / директору ГКУ СО «…» представить …»: under a lead verb alone,
    // each paragraph that names its executor and its verb is a task of its own, under the heading's number.
    const leadAbove = cur && !marker && !b.cells && cur.item !== null && cur.subs.length === 0 && LEAD_ALONE.test(squash(cur.main.text)) ? cur : cur?.parentClause && cur.leadTask && cur.subs.length === 0 ? cur.parentClause : null;
    if (leadAbove && (splitExecutors(capitalizeFirst(b.text.trim()))?.executors.length ?? 0) > 0) {
      newClause(leadAbove.item, leadAbove, b).leadTask = true;
      dashRun = false;
      continue;
    }
    // A dash or an unnumbered paragraph: a sub-paragraph of the item above it, or a clause of its own.
    const host = cur ?? null;
    // «… подготовить и провести: / 25 мая 2005 года - …; / 23 июня 2005 года - …; / 24 июня …»: a list under a colon goes on while its lines end with «;».
    const hostLeads = host !== null && (/:\s*$/u.test(lastText(host)) || (dashRun && marker?.style === 'dash') || (!marker && /:\s*$/u.test(host.main.text) && host.subs.length > 0 && /;\s*$/u.test(lastText(host))));
    // («5. Директору … рекомендовать рассмотреть … / О результатах проинформировать комиссию в течение 10 дней.»: the report on the
    // item's results is the item's, and so is its term.)
    // (Only an item with no term of its own: after «Срок – 1 марта 2024 г.» a «О ходе исполнения информировать … ежеквартально …»
    // is a second entry of the item, as before.)
    const reportsOn = host !== null && !marker && host.item !== null && host.deadlineBlocks.length === 0 && !/(?<![\p{L}])(?:до|к|не\s+позднее|в\s+течение|срок[а-яё]*|ежемесячно|ежеквартально|еженедельно|ежегодно|постоянно)(?![\p{L}])/iu.test(squash(host.main.text)) && REPORTS_ON.test(b.text) && !WHOLE_ACT_REPORT.test(b.text) && !/^контрол/iu.test(squash(host.main.text));
    // (So is the paper on them asked for with no one named: «2.2. Департаменту … обеспечить проведение тестирования … / Информацию о
    // результатах тестирования направить в аппарат комиссии. / Срок – до 15 декабря 2016 г.» is one task with one term.)
    // (A table's row ends with its cells, stop or no stop: «… | до 01.04.2026» / «Контроль за исполнением поручений оставляю за собой.».)
    // («1. Главным распорядителям … представлять отчетность … / Сроки представления отчетности: / месячная отчетность – …»: the
    // heading of the item's list of terms goes on the item.)
    const termsHeading = host !== null && !marker && host.item !== null && /^сроки\s+[а-яё\s]{3,60}:\s*$/iu.test(b.text.trim());
    const continues = host !== null && !marker && (/^[а-яё(«"]/u.test(b.text) || (!host.row && !/[.;!?]["»)]?$/u.test(lastText(host))) || reportsOn || termsHeading);
    // («• Отделу растениеводства …: / ◦ подготовить …; / ◦ представлять … / • Рекомендовать главам …:»: a list sign of the host's own
    // level after sub-items of another sign is the host's sibling, not one of its sub-items.)
    const sibling = marker?.style === 'dash' && host?.main.marker?.style === 'dash' && host.main.marker.value === marker.value && host.subs.some((x) => x.marker?.style === 'dash' && x.marker.value !== marker.value);
    if (host && !sibling && (hostLeads || continues) && !(marker?.style === 'dash' && host.main.marker?.style === 'dash' && !/:\s*$/u.test(host.main.text) && host.subs.length === 0 && !dashRun)) {
      host.subs.push(b);
      dashRun = marker?.style === 'dash';
      continue;
    }
    // «2. Департаментам … к 1 марта 1999 года.» / «Рекомендовать главам … провести аналогичный анализ.»: a paragraph of its
    // own under a numbered item is part of that item, and carries its number.
    // Under a numbered decision of a question («28. О проекте … / Принято решение: / 1. Направить … / Назначить …») it carries the decision's number.
    // («1) Установить …» / «2) Контроль … возложить …» / «Поручить …»: items numbered with a bracket carry theirs likewise.)
    const numberedBefore = lastNumbered?.main.marker?.style === 'decimal' || (lastNumbered?.main.marker?.style === 'paren' && /^\d/u.test(lastNumbered.main.marker.value));
    const item = label ?? (region.question && !marker && !numberedBefore ? region.question : null);
    label = null;
    const own = newClause(item, null, b);
    if (item === null && !marker && numberedBefore) own.carried = lastNumbered!.item;
    dashRun = false;
  }
  flushTable();
  // A numbered clause right before «СЛУШАЛИ», «РЕШИЛИ» or the agenda heads a question.
  const last = out[out.length - 1];
  if (last && region.end < blocks.length) {
    const next = st.roles[region.end];
    // An unnumbered decision that only carries its question's number («РЕШИЛИ: … МУП … обеспечить …» before the next «СЛУШАЛИ») is not one.
    // (A decision with its own «Срок» or «Ответственный» line, or one before «2. СЛУШАЛИ:» that numbers its question itself,
    // is no heading: «1.2. Рекомендовать МУП … обеспечить … / Срок – до 1 апреля 2023 года. / 2. СЛУШАЛИ:».)
    // (Nor one before «По вопросу № 2 … РЕШИЛИ:», whose line numbers its question itself.)
    const decided = last.deadlineBlocks.length > 0 || last.responsibleBlocks.length > 0 || blocks[region.end]!.marker !== null || QUESTION_NAMED.test(blocks[region.end]!.text);
    if ((next === 'formula' || next === 'heard' || next === 'agenda') && last.main.marker !== null && !decided) last.beforeSection = true;
  }
}

/**
 * A report on an item's results asked in the paragraph after it, with no one named: «О результатах проинформировать комиссию …»,
 * «Информацию о ходе исполнения направить в аппарат комиссии.», «Информацию о результатах представить секретарю …».
 */
/** A report on the whole act, not on the item above: «Информацию о выполнении распоряжения представить к 10 декабря …». */
const WHOLE_ACT_REPORT = /^[^.;]{0,80}?(?:выполнени|исполнени|ходе\s+(?:выполнения|исполнения)|реализаци)[а-яё]*\s+(?:настоящего\s+)?(?:распоряжения|постановления|приказа|решения|указа|протокола)(?![\p{L}])|^[^.;]{0,80}?(?:исполнени|выполнени)[а-яё]*\s+(?:поручений|решений|протокольных)(?![\p{L}])/iu;
const REPORTS_ON = /^(?:об?\s+(?:результатах|итогах|ходе)\s[^.;]{0,200}?(?:проинформировать|информировать|доложить|сообщить)|(?:информацию|сведения|отч[её]т)\s+об?\s+(?:результатах|итогах|ходе|исполнении|выполнении|проделанной)\s[^.;]{0,200}?(?:направить|представить|предоставить))(?![\p{L}])/iu;

/**
 * «… внести в распоряжение … следующие изменения: … дополнить подпунктом 10.1 следующего содержания: "10.1. Рекомендовать
 * органам … в срок до 01.12.2015."»: an item an amendment adds to an earlier act is an ask this act makes, under the number it
 * is written with. The amending clause itself orders nothing more.
 */
const INSERTS = /дополнить\s+(?:его\s+)?(?:под)?пункт(?:ом)?\s+(\d+(?:\.\d+)*)\s+следующего\s+содержания\s*:\s*[«"“]\s*(\d+(?:\.\d+)*)\.?\s+([^«»"“”]{20,}?)\.?\s*[»"”]/giu;

function insertedItems(clauses: Clause[]): void {
  for (let i = 0; i < clauses.length; i += 1) {
    const c = clauses[i]!;
    const text = clauseText(c);
    if (!/^(?:[^.]{0,120}\s)?внести\s/iu.test(squash(c.main.text))) continue;
    const added = [...squash(text).matchAll(INSERTS)].filter((m) => m[1] === m[2]);
    if (added.length === 0) continue;
    const inserted = added.map((m): Clause => ({
      ...c,
      item: m[2]!,
      parent: null,
      main: { ...c.main, marker: null, text: m[3]! },
      subs: [],
      deadlineBlocks: [],
      responsibleBlocks: [],
      children: [],
      parentClause: null,
      carried: null,
    }));
    c.amends = true;
    clauses.splice(i + 1, 0, ...inserted);
    i += inserted.length;
  }
}

/**
 * «1. Направить проект … Президенту …, в комитеты … для подготовки отзывов, предложений и замечаний. / Назначить ответственным
 * … Комитет …, в который направить до 2 ноября 1998 года замечания и предложения.»: the paragraph after the item says by when
 * the replies it asked for are due, and where; it belongs to that item.
 */
function joinReplyTerms(clauses: Clause[]): void {
  for (let i = 0; i + 1 < clauses.length; i += 1) {
    const c = clauses[i]!;
    const next = clauses[i + 1]!;
    if (c.item === null || next.item !== null || next.main.marker !== null || next.children.length > 0) continue;
    if (!ASKS_REPLIES.test(squash(c.main.text)) || DUE_IN_TEXT.test(squash(clauseText(c)))) continue;
    const said = squash(clauseText(next));
    if (!DUE_IN_TEXT.test(said) || !/(?<![\p{L}])(?:отзыв|замечани|предложени|заключени|поправк)[а-яё]*/iu.test(said)) continue;
    c.subs.push(next.main, ...next.subs);
    c.deadlineBlocks.push(...next.deadlineBlocks);
    clauses.splice(i + 1, 1);
  }
}

/** «Глава администрации / Хурзукского сельского поселения» closing the text with no name under it: the signer's post. */
function postAtEnd(lines: readonly string[]): string | null {
  const tail = lines.map((l) => l.trim()).filter((l) => l !== '').slice(-3);
  const at = tail.findIndex((l) => POSITION.test(l) && l.length <= 80 && !/[.;:]$/u.test(l));
  if (at < 0) return null;
  const post = tail.slice(at).join(' ');
  return post.length <= 120 && !/\d/u.test(post) ? squash(post) : null;
}

/** A body the document sets up or names in full: «Создать организационный комитет по подготовке … (далее - оргкомитет)». */
interface DefinedBody {
  /** The adjective before the head, lower case, or '' («областную комиссию» → 'областн'). */
  adjective: string;
  head: 'комиссия' | 'комитет' | 'группа' | 'штаб' | 'совет';
  /** From «по»/«для» on: «по пропуску весеннего паводка 2004 года». */
  tail: string;
}

const BODY_HEADS: ReadonlyArray<readonly [RegExp, DefinedBody['head']]> = [
  [/^комисси/u, 'комиссия'],
  [/^(?:орг)?комитет/u, 'комитет'],
  [/^групп/u, 'группа'],
  [/^штаб/u, 'штаб'],
  [/^совет(?!ник)/u, 'совет'],
];
const DEFINED_BODY =
  /(?<![\p{L}])(?:([А-Яа-яЁё-]+)\s+)?((?:орг)?комитет[а-яё]*|комисси[а-яё]*|групп[а-яё]*|штаб[а-яё]*|совет[а-яё]*)\s+((?:по|для)\s+[^\n]{5,220}?)(?=\s*\(\s*далее|\s+в\s+составе|\s+и\s+утвердить|\s+согласно|\s*[,;:]\s|(?<!(?:^|[\s(])(?:пл|ул|пер|пр|просп|наб|мкр|пос|обл|р-на|д|г|им|ст|[А-ЯЁ]))\.\s|\.?\s*$|\s*\n)/giu;

function headOf(word: string): DefinedBody['head'] | null {
  const w = word.toLowerCase();
  return BODY_HEADS.find(([re]) => re.test(w))?.[1] ?? null;
}

/** The case endings of an adjective before a body's name («областную», «Организационного», «рабочей»). */
const ADJECTIVE_ENDING = /(?:ую|ой|ого|ый|ий|ая|ое|ые|ых|ым|ому|ей|его|юю|яя)$/u;

function definedBodies(text: string): DefinedBody[] {
  const out: DefinedBody[] = [];
  for (const m of text.replace(/[^\S\n]+/gu, ' ').matchAll(DEFINED_BODY)) {
    const head = headOf(m[2]!);
    if (!head) continue;
    const before = (m[1] ?? '').toLowerCase();
    const ending = ADJECTIVE_ENDING.exec(before);
    const adjective = ending && ending.index >= 3 && /^[а-яё-]+$/u.test(before) ? before.slice(0, ending.index) : '';
    out.push({ adjective, head, tail: stripTrailingPunctuation(m[3]!) });
  }
  return out;
}

/**
 * «Областная комиссия», «Комиссия», «Оргкомитет (Галицких А.А.)» named as an executor where the document names the body in
 * full elsewhere («Утвердить областную комиссию по пропуску весеннего паводка 2004 года …»): the full name, when one body only fits.
 */
function fullBodyName(name: string, bodies: readonly DefinedBody[]): string {
  const m = /^(?:([А-ЯЁа-яё-]+)\s+)?([А-ЯЁа-яё]+)(\s*\([^()]*\))?$/u.exec(name.trim());
  if (!m || bodies.length === 0) return name;
  const head = headOf(m[2]!);
  if (!head || !/^(?:комисси|комитет|оргкомитет|групп|штаб|совет)[а-яё]*$/iu.test(m[2]!)) return name;
  const adjective = (m[1] ?? '').toLowerCase().replace(/(?:ая|ый|ий|ой|ое|яя)$/u, '');
  // «Рабочая группа», «Областная комиссия»: the adjective must agree; a bare «Комиссия» fits any.
  const fits = bodies.filter((b) => b.head === head && (adjective === '' || b.adjective === adjective || (head === 'комитет' && /^организационн/u.test(adjective))));
  const tails = new Set(fits.map((b) => b.tail));
  if (tails.size !== 1) return name;
  return `${m[1] ? `${m[1]} ` : ''}${m[2]!} ${[...tails][0]!}${m[3] ?? ''}`;
}

/** «В связи с … предприятиям всех форм собственности:» — executors named at the end of the preamble lead every item below. */
function preambleLead(b: Block | undefined): ExecutorSplit | null {
  if (!b || b.marker || b.cells || !/:\s*$/u.test(b.text) || isFormula(b.text)) return null;
  const text = b.text.replace(/\s*:\s*$/u, '');
  // «Рекомендовать руководителям организаций, учреждений всех форм собственности …:» — the order verb first: the whole phrase
  // after it names them, commas and all.
  if (/^(?:рекомендовать|поручить|предложить|обязать|просить)\s/iu.test(text)) {
    const whole = leadingExecutors(text);
    if (whole) return whole;
  }
  const words = [...text.matchAll(/[А-Яа-яЁё]+/gu)];
  // The dative phrase closes the preamble: try each head from the last comma on.
  const from = Math.max(0, text.lastIndexOf(',') + 1);
  for (const w of words) {
    if (w.index < from && text.lastIndexOf(',') >= 0) continue;
    // Only an unambiguous dative («предприятиям», «Министерству») heads them: «… Президента России от …» is a genitive.
    if (!isDativeWord(w[0]) || !/(?:у|ю|ам|ям|ому|ему|ым|им)$/iu.test(w[0]) || !(/^[А-ЯЁ]/u.test(w[0]) || LOWER_DATIVE_HEAD.test(w[0]))) continue;
    if (/^[А-ЯЁ]/u.test(w[0]) && w.index === 0) continue;
    // «… мероприятия, посвященного государственному празднику:»: a dative the participle governs, not whom the items address.
    if (/(?:посвящ|приурочен|адресован|предназначен)[а-яё]*\s+$/iu.test(text.slice(0, w.index))) continue;
    // «… уважительного отношения к пожилым гражданам в обществе:»: a dative after a preposition is its object.
    if (/(?:^|\s)(?:к|ко|по|благодаря|согласно|вопреки|навстречу)\s+(?:[а-яё]+(?:ым|им|ому|ему|ой|ей)\s+)*$/iu.test(text.slice(0, w.index))) continue;
    const lead = leadingExecutors(text.slice(w.index));
    if (lead) return lead;
  }
  return null;
}

function lastText(c: Clause): string {
  return (c.subs[c.subs.length - 1] ?? c.main).text;
}

/** An act named with its date or number: «протокола совещания … от 12.02.2019 № 5», «распоряжения … № 611-р». */
const ACT_NAMED = /(?:протокол|распоряжени|постановлени|приказ|решени|поручени)[а-яё]*\s[^;]*?(?:от\s+\d|№|N\s?\d)/iu;

/**
 * «1. Внести в постановление … от 3 февраля 2014 года № 01-241-а … следующие изменения: / 1.1. В пункте 4 слова «до 1 апреля
 * 2014 года» заменить словами «до 15 мая 2014 года».»: a sub-item that rewords an item's term.
 */
const TERM_REWORDED =
  /^в\s+(?:графе\s+[«"][^»"]{1,40}[»"]\s+)?(?:под)?пункт[а-яё]*\s+\d+(?:\.\d+)*(?:\s+пункта\s+\d+(?:\.\d+)*)?\s+слова\s+[«"][^»"]{1,80}[»"]\s+заменить\s+словами\s+[«"](?:до|в\s+срок\s+до|не\s+позднее|[IVX]+\s+квартал|\d{1,2}\s+[а-яё]+\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{2,4})/iu;

/** The heading above `c` that amends an act («Внести в постановление … следующие изменения:»), or null. */
function amendHeading(c: Clause): string | null {
  const text = squash(c.parentClause?.main.text ?? '');
  return /^внести\s.*изменени[яе]\s*:$/iu.test(text) ? text : null;
}

/** The text of the heading above `c` that closes what its sub-items name («Считать исполненными и снять с контроля:»), or null. */
function closeHeading(c: Clause): string | null {
  const text = c.parentClause?.main.text ?? '';
  return /:\s*$/u.test(text) && CLOSES.test(text) ? squash(text) : null;
}

function clauseText(c: Clause): string {
  return [c.main.text, ...c.subs.map((s) => s.text)].join(' ');
}

function fullText(c: Clause): string {
  return [c.main.text, ...c.subs.map((s) => s.text), ...c.deadlineBlocks.map((s) => s.text), ...c.responsibleBlocks.map((s) => s.text)].join('\n');
}

type Verdict =
  | { kind: 'noted' | 'controller' | 'extension' | 'closes' | 'approval' | 'other' | 'question' }
  | { kind: 'assignment'; executors: ExecutorPhrase[]; recommendation: boolean; nominative: boolean; rest: string }
  | { kind: 'heading'; lead: ExecutorSplit | null };

function startsWithInfinitive(text: string): boolean {
  // («не допускать …»: a negated action; «Безотлагательно рассмотреть …», «Незамедлительно принять …»: the manner first.)
  const first = /^[«"]?(?:(?:безотлагательно|незамедлительно|немедленно|срочно|неукоснительно|своевременно|оперативно|повторно|дополнительно)\s+)?(?:не\s+)?([А-Яа-яЁё]+)/iu.exec(text.trim())?.[1] ?? '';
  return isInfinitive(first);
}

/** A deadline phrase that makes an executor-less clause owe something: «до …», «не позднее …», «в течение …», a «Срок» line. */
function isDue(d: Deadline): boolean {
  if (d.kind === 'none') return false;
  if (d.kind === 'recurring' || d.kind === 'relative') return true;
  return /^(?:в\s+срок|срок|до|не\s+позднее|не\s+позже|в\s+течение|к[\s.]|ежемесячно|ежеквартально|еженедельно|ежегодно|постоянно|на\s+постоянной|в\s+[а-я0-9-]*\s*(?:дневный|недельный|месячный)\s+срок)/iu.test(d.text);
}

/** «совместно со Счетной палатой в месячный срок внести …» opening a sub-item: the partners it adds to its heading's executors. */
const OPENING_PARTNERS =
  /^(?:совместно\s+со?|во\s+взаимодействии\s+со?)\s+(.+?)(?=\s+(?:в\s+срок|в\s+[а-яё]+(?:дневный|недельный|месячный)\s+срок|до\s+\d|не\s+позднее|в\s+течение)|,(?!\s*\p{L}+(?:ими|ыми|ых|их)\s)|;|$)/iu;

function partnersOf(t: string): ExecutorPhrase[] {
  const m = OPENING_PARTNERS.exec(t.replace(/^\(?[а-я\d]{1,2}\)\s*/u, ''));
  if (!m) return [];
  // «… Комитетом … по печати предусмотреть …»: the partners end at the first true infinitive («печати» is a noun).
  const words = [...m[1]!.matchAll(/[А-Яа-яЁё]+/gu)];
  const verb = words.find((w) => /^[а-яё]/u.test(w[0]) && isInfinitive(w[0]));
  const phrase = verb ? m[1]!.slice(0, verb.index).trim() : m[1]!;
  return splitPartners(phrase).map((p) => ({ role: 'co-executor' as const, text: p }));
}

/** «ОМВД России … рекомендовано обеспечить», «Управлению образования поручено … подготовить»: the named, the word, the verb. */
const PASSIVE_DECISION = /^([А-ЯЁ][^.;:]{2,200}?)\s+(рекомендовано|поручено|предложено)\s+(?:[^.;\s]+\s+){0,6}?([а-яё]{2,}(?:ть|ти))(?![\p{L}])/u;

/** The order in the sentences after «… принять к сведению.», with its executors, or null. */
function orderAfterNote(t: string): Verdict | null {
  const noted = /^(?:[^.;]{0,300}?\s)?принять\s+(?:к\s+сведению|во\s+внимание)[^.;]*[.;]\s+/iu.exec(t);
  if (!noted) return null;
  const rest = t.slice(noted[0].length);
  const split = rest === '' ? null : splitExecutors(rest);
  if (!split || split.executors.length === 0 || !hasInfinitive(split.rest) || APPROVAL.test(rest)) return null;
  return { kind: 'assignment', executors: split.executors, recommendation: split.recommendation, nominative: false, rest: split.rest };
}

/** Duties told in the present and the infinitive each stands for. */
const PRESENT_DUTIES: Readonly<Record<string, string>> = {
  готовит: 'готовить',
  подготавливает: 'подготавливать',
  направляет: 'направлять',
  представляет: 'представлять',
  предоставляет: 'предоставлять',
  организует: 'организовать',
  обеспечивает: 'обеспечивать',
  проводит: 'проводить',
  разрабатывает: 'разрабатывать',
  актуализирует: 'актуализировать',
  осуществляет: 'осуществлять',
  формирует: 'формировать',
  размещает: 'размещать',
};

/**
 * A body named first, in the nominative, then a duty in the present: the text with that verb (and one joined by «и») as its
 * infinitive, or null. Only a capitalised body's name opens it (not «Комиссия отмечает …»: no verb of the list).
 */
function presentDuty(t: string): string | null {
  if (!ORG_NOMINATIVE.test(/^[«"]?([А-ЯЁA-Z][\p{L}-]*)/u.exec(t)?.[1] ?? '')) return null;
  const first = PRESENT_DUTY_WORD.exec(t);
  if (!first || first.index > 260) return null;
  // (The verb and one joined to it by «и» a few words on: «готовит и направляет».)
  return t.replace(new RegExp(PRESENT_DUTY_WORD.source, 'gu'), (w, at: number) => (at <= first.index + 40 ? PRESENT_DUTIES[w]! : w));
}

const PRESENT_DUTY_WORD = new RegExp(`(?<![\\p{L}])(?:${Object.keys(PRESENT_DUTIES).join('|')})(?![\\p{L}])`, 'u');

/** A heading that is its verb alone: «Обеспечить:», «Организовать:». */
function verbAlone(text: string): boolean {
  const t = squash(text);
  return /^[а-яё]+(?:ть|ти)(?:ся)?\s*:\s*$/iu.test(t) && isInfinitive(t.replace(/\s*:\s*$/u, '').toLowerCase());
}

/** Those an announcement greets when it speaks to the public: «Уважаемые граждане!», «Уважаемые жители …!». */
const PUBLIC_ADDRESSEES = /^(?:граждан|жител|население|селян|земляк|родител|односельчан)/iu;

function classify(c: Clause, hasChildren: boolean, mode: Mode, ctx: DeadlineContext, addressed: boolean): Verdict {
  // «3. Управлению делами администрации / Борского района (Ю.Г. Зырянов) обеспечить …»: a first line broken off
  // before its verb, with no closing punctuation, goes on in the next paragraph.
  const next = c.subs[0];
  // (A longer first line goes on only into a line that cannot open a sentence of its own: lower case, an abbreviation, a quote:
  // «4.Обязать отдел …, МУК «Межпоселенческий культурно-досуговый / МУК «Межпоселенческая …», … принять …».)
  const continuing = next !== undefined && /^(?:[а-яё«"(]|[А-ЯЁ]{2,}[\s«"])/u.test(next.text);
  const broken = next !== undefined && !next.marker && !/[.:;!?]\s*$/u.test(c.main.text) && !hasInfinitive(c.main.text) && c.main.text.length < (continuing ? 200 : 120);
  const t = squash(broken ? `${c.main.text} ${next.text}` : c.main.text).replace(/^(?:решили|решение|постановили)\s*:\s*/iu, '');
  if (c.kind === 'other' || QUOTED_SPEECH.test(c.main.text)) return { kind: 'other' };
  if (c.letterLead) return { kind: 'heading', lead: null };
  // («Прошу: … 2.Организовать: / 1) создание минерализованных полос – до 15 апреля …; / 2) проверку готовности …»: a step that is
  // its verb alone heads the tasks below it, each asked of the letter's addressees.)
  if (c.letterStep && hasChildren && verbAlone(t)) return { kind: 'heading', lead: null };
  const stepHead = c.parentClause?.letterStep && verbAlone(c.parentClause.main.text) ? c.parentClause.letterStep : null;
  if (stepHead && !hasChildren) return { kind: 'assignment', executors: [], recommendation: stepHead.soft, nominative: false, rest: t };
  if (c.letterStep && (hasInfinitive(t) || startsWithInfinitive(t) || TERM_DASH_OBJECT.test(t) || OBJECT_DASH_TERM.test(t) || c.row)) return { kind: 'assignment', executors: [], recommendation: c.letterStep.soft, nominative: false, rest: t };
  if (c.calledOn) {
    const own = splitExecutors(`просить ${t}`);
    if (own && own.executors.length > 0) return { kind: 'assignment', executors: own.executors.map((e) => ({ ...e, text: capitalizeFirst(e.text) })), recommendation: true, nominative: false, rest: own.rest };
  }
  // (A letter's numbered paragraph that asks its addressees, «2. Просим Вас принять участие …», is read as its paragraphs are.)
  // (So is an unmarked paragraph of a letter sent to officials after its numbered list, «1. перечень …; … 4. запас …» / «В случае
  // возникновения … информацию направлять …» / «Кроме того, просим обеспечить …»; an announcement's closing appeal to the public
  // repeats its items.)
  const letterParagraph = mode === 'letter' && addressed && c.main.marker === null && c.item === null && c.parentClause === null && !c.row && !hasChildren && splitExecutors(t) === null;
  // (After the list only a paragraph that asks in words counts, not a date the letter tells: «Обращаем внимание, что … информация
  // представляется Министерством … в срок до 20 февраля».)
  const ownParagraph = c.letter === true || (mode === 'letter' && c.main.marker !== null && c.item !== null && STRONG_ASK.test(t) && !hasChildren && splitExecutors(t) === null);
  if (ownParagraph || letterParagraph) {
    const verdict = classifyLetterParagraph(t, ownParagraph ? { background: c.background === true } : { askedInWords: true });
    // (A duty told in the passive with the addressees as its agent is read for its terms as an ask.)
    if (verdict.kind === 'assignment' && OWED_BY_MANY.test(t)) c.presentDuty = true;
    return verdict;
  }
  // («… принять к сведению и исполнению …» is a task.)
  const toAct = /принять\s+(?:[а-яё]+\s+){0,3}?к\s+сведению\s+и\s+(?:к\s+)?(?:исполнению|руководству)/iu.test(t);
  // «Информацию принять к сведению. Министерству культуры … подготовить предложения …»: an order after the noting is the decision's task.
  const afterNote = orderAfterNote(t);
  if (afterNote) return afterNote;
  if (/^принять\s+(?:к\s+сведению|во\s+внимание)/iu.test(t) && !toAct) return { kind: 'noted' };
  // («3. Соколова Е.В. (комитет образования) - о заболеваемости ОРВИ … в 2-х классах. К сведению.»: a question told, then noted.)
  const notedTail = /(?:^|[.!?]\s+)(?:информацию\s+)?(?:принять\s+|принята\s+|принято\s+)?к\s+сведению\.?$/iu.exec(t);
  // (Not after a task with its term or its executor: «1. Управлению ЖКХ – проработка вопроса … в срок до 01.04.2025. Информацию
  // принять к сведению.»)
  const told = notedTail ? t.slice(0, notedTail.index) : '';
  if (notedTail && notedTail.index > 0 && !hasInfinitive(told) && !DUE_IN_TEXT.test(told) && splitExecutors(told) === null && !/^[А-ЯЁ][а-яё]+(?:у|ю|ам|ям|ому|ему)\s/u.test(told) && !toAct) return { kind: 'noted' };
  if (hasChildren) {
    if (/:\s*$/u.test(t)) {
      const lead = leadingExecutors(t) ?? splitExecutors(t);
      return { kind: 'heading', lead };
    }
    // «1.Рекомендовать главам муниципальных образований края в период 1997-1998 годов производить … / 1.1.Завершить …»: an
    // item that asks those it names a whole task with a term of its own is an assignment, whatever sub-items follow it.
    // (With no term of its own its sub-items are its steps: «1. Филиалу … провести работы … / 1.1. Подключение … произвести с … до …».)
    const own = /[.;]\s*$/u.test(t) ? splitExecutors(t) : null;
    const term = own ? findDeadline(t, ctx, { ask: true }) : null;
    if (own && own.executors.length > 0 && !APPROVAL.test(t) && hasInfinitive(own.rest) && term !== null && term.kind !== 'unparsed' && term.kind !== 'none') {
      return { kind: 'assignment', executors: own.executors, recommendation: own.recommendation, nominative: false, rest: own.rest };
    }
    return { kind: 'question' };
  }
  if (c.beforeSection && c.item !== null && !/:\s*$/u.test(t)) return { kind: 'question' };
  const heading = c.parentClause && /:\s*$/u.test(c.parentClause.main.text) ? c.parentClause : null;
  if (c.leadTask && heading) {
    const own = splitExecutors(`${squash(heading.main.text).replace(/\s*:\s*$/u, '')} ${t}`);
    if (own && own.executors.length > 0) return { kind: 'assignment', executors: own.executors, recommendation: own.recommendation, nominative: false, rest: own.rest };
  }
  // «1. Считать исполненными и снять с контроля: / 1.1. пункты 2, 4.1 протокола … от 12.02.2019 № 5; / 1.2. пункт 3 распоряжения
  // … № 611-р …»: each sub-item names what its heading closes.
  // («1. Снять с контроля … следующие постановления …: / 1) от 14.03.2023 № 512-п «Об …»;»: each act by its date and number alone.)
  if (closeHeading(c) !== null && !LEAD_VERB.test(t) && (ACT_NAMED.test(t) || /^от\s+\S+(?:\s+[а-яё]+\s+\d{4})?\s*(?:г\.|года)?\s*(?:№|N)\s*\S/iu.test(t))) return { kind: 'closes' };
  // «1. Филиалу …, отделу культуры … провести работы по обеспечению подачи тепла. / 1.1. Подключение объектов … произвести с … до …»:
  // the steps of a numbered item that named its executors are theirs.
  const steps = heading === null && c.parentClause !== null && c.main.marker?.style === 'decimal' && splitExecutors(t) === null ? splitExecutors(squash(c.parentClause.main.text)) : null;
  // («2. Главным распорядителям средств бюджета района: / 2.1. Обеспечить: / 2.1.1. результативность …»: a heading that is its
  // verb alone passes on the executors of the heading above it.)
  const verbOnly = heading !== null && verbAlone(heading.main.text);
  const grand = verbOnly && heading.parentClause && /:\s*$/u.test(heading.parentClause.main.text) ? heading.parentClause : null;
  const headingLead = grand
    ? (leadingExecutors(squash(grand.main.text)) ?? splitExecutors(squash(grand.main.text)))
    : heading
      ? (leadingExecutors(squash(heading.main.text)) ?? splitExecutors(squash(heading.main.text)))
      : steps && steps.executors.length > 0 && !steps.recommendation
        ? steps
        : null;
  // («3. Обеспечить: / 3.1. Уборку территорий … в срок до 30.04.2025 (управление ЖКХ мэрии, Козлов Д.А.).»: a heading that is its
  // verb alone, with no one named above it, over tasks written as its objects, each with who answers in its closing parenthesis.)
  // (Not under «Утвердить:», «Создать:», «Назначить:»: what they list is approved or made, and a post with a dash is a member.)
  if (verbOnly && headingLead === null && !c.row && !/:\s*$/u.test(t) && !/^(?:утвердить|одобрить|согласовать|создать|образовать|назначить|установить|определить|включить|исключить)\s*:/iu.test(squash(heading.main.text))) {
    const verb = squash(heading.main.text).replace(/\s*:\s*$/u, '');
    const closing = PAREN_BODY_PERSON.exec(t);
    const body = closing ? capitalizeFirst(closing[1]!.trim()) : '';
    if (closing && ORG_NOMINATIVE.test(body.split(/\s+/u)[0]!) && !hasInfinitive(body) && !/\s[–—-]\s/u.test(body)) {
      return { kind: 'assignment', executors: [{ role: 'executor', text: `${body} (${closing[2]!})` }], recommendation: false, nominative: true, rest: `${verb} ${t}` };
    }
    const named = trailingResponsible(`${verb} ${t.charAt(0).toLowerCase()}${t.slice(1)}`);
    if (named && named.executors.length > 0) return { kind: 'assignment', executors: named.executors.map((text) => ({ role: 'executor' as const, text })), recommendation: false, nominative: true, rest: t };
  }
  // «Федеральным органам …:» with unnumbered asks below it: one clause with the heading's executors.
  if (/:\s*$/u.test(t) && c.subs.length > 0) {
    const lead = leadingExecutors(t) ?? splitExecutors(t);
    // «3.Администрации района: / разрешить в 2007 году производить выплаты …; / организовать изготовление знаков …»: a
    // permission among the lines asks nothing, and its year is no term of the task beside it.
    const asked = c.subs.filter((b) => !PERMISSION.test(b.text.trim()));
    if (lead && asked.length > 0 && asked.length < c.subs.length) c.subs = asked;
    if (lead && asked.length > 0 && !NOTED.test(t) && !CONTROL.test(t)) {
      // «…: / обеспечить …; / совместно с Комитетом … предусмотреть …»: a line that opens with its partners adds them.
      const partners = c.subs.flatMap((b) => partnersOf(squash(b.text))).filter((p) => !lead.executors.some((e) => e.text === p.text));
      return { kind: 'assignment', executors: [...lead.executors, ...partners], recommendation: lead.recommendation, nominative: false, rest: c.subs.map((b) => b.text).join(' ') };
    }
    // «1. По подпункту «а» пункта 2: / Минвостокразвития России (А.А.Козлову) / Совместно с …»: executors on lines of their own.
    const named = executorLines(c.subs);
    if (named.length > 0 && (ITEM_LABEL.test(t) || c.deadlineBlocks.length > 0)) {
      return { kind: 'assignment', executors: named, recommendation: false, nominative: false, rest: c.subs.map((b) => b.text).join(' ') };
    }
  }
  if (NOTED.test(t) && !toAct) return { kind: 'noted' };
  if (CONTROL.test(t) || CONTROL_VOZLOZHIT.test(t) || CONTROL_LINE.test(t) || CONTROL_APPOINTED.test(t) || CONTROL_ENSURE.test(t)) return { kind: 'controller' };
  // (An amendment that rewords an item's term is the item's new term: «В пункте 4 слова «до 1 апреля 2014 года» заменить словами «до 15 мая 2014 года».»)
  if (amendHeading(c) !== null && TERM_REWORDED.test(t)) return { kind: 'extension' };
  // (Also the amending item whose one change, in the paragraph under it, rewords a term: «4. Внести в распоряжение … следующее
  // изменение: / в пункте 3 слова «до 1 июля 2016 года» заменить словами «до 1 октября 2016 года».»)
  if (/^внести\s.*изменени[яе]\s*:$/iu.test(squash(c.main.text)) && c.subs.length > 0 && c.subs.every((b) => TERM_REWORDED.test(squash(b.text)))) return { kind: 'extension' };
  if (KEPT_AS_IS.test(t) || AMENDS_WORDING.test(t) || c.amends) return { kind: 'other' };
  // Sub-items under a heading that named the executors are their tasks, whatever verb opens them
  // (not a sub-item the copy cuts after its first letters: «3.2. о»).
  if (headingLead && !PERMISSION.test(t) && !CLOSES.test(t) && t.replace(/[^\p{L}]/gu, '').length >= 3) {
    const own = splitExecutors(t);
    // «(б) совместно со Счетной палатой в месячный срок внести …»: the sub-item adds partners to the heading's executors.
    const executors = own && own.executors.length > 0 ? own.executors : [...headingLead.executors, ...partnersOf(t)];
    return { kind: 'assignment', executors, recommendation: headingLead.recommendation || (own?.recommendation ?? false), nominative: false, rest: own?.rest ?? t };
  }
  // «… санитарный месячник …, для чего обязать: а) заведующих шахтами … выделить транспорт …; в) управляющего трестом …
  // обеспечить …»: the heading ends with its order verb alone; each sub-item names its executors in that verb's case.
  const bareLead = heading && !headingLead ? /(?:^|[\s,])(обязать|поручить|рекомендовать|предложить|просить)\s*:\s*$/iu.exec(squash(heading.main.text)) : null;
  if (bareLead && !PERMISSION.test(t) && !CLOSES.test(t)) {
    const own = splitExecutors(`${bareLead[1]!.toLowerCase()} ${t}`);
    if (own && own.executors.length > 0) return { kind: 'assignment', executors: own.executors, recommendation: own.recommendation, nominative: false, rest: own.rest };
  }
  if (EXTENDS.test(t)) return { kind: 'extension' };
  // An item of an earlier act restated with a term of its own: that item's new term.
  if (/^внести\s/iu.test(t)) {
    const restated = restatement(clauseText(c));
    if (restated && restatedTerm(restated.text, ctx) !== null) return { kind: 'extension' };
  }
  const split = splitExecutors(t);
  // («Председательствующий поручил заместителю главы района Ивановой Л.А. в срок до 12.11. подготовить …»: the chair's order,
  // recorded in the minutes of its meeting, is the meeting's.)
  const chaired = mode === 'act' && split === null ? CHAIR_ORDERED.exec(t) : null;
  const ordered = chaired ? splitExecutors(`Поручить ${t.slice(chaired[0].length)}`) : null;
  if (ordered && ordered.executors.length > 0) return { kind: 'assignment', executors: ordered.executors, recommendation: false, nominative: false, rest: ordered.rest };
  if (OPINION.test(t) && !STRONG_ASK.test(t)) return { kind: 'other' };
  if (CLOSES.test(t) && !LEAD_VERB.test(t) && split === null) return { kind: 'closes' };
  // A plan row is a task whatever verb or noun opens it; its executors are in their own column.
  // (Not a question a meeting will consider, «О ходе исполнения решений коллегии | июнь | Докладчик …», with no one to answer for
  // it: a plan of a collegium's or council's agenda.)
  if (c.row && c.row.executors === '' && /^об?о?\s+\p{L}/iu.test(t) && !hasInfinitive(t)) return { kind: 'question' };
  // («3.1. | Утвердить план работы комиссии на 2025 год (прилагается). | – | –»: a decision that only approves, with no one to
  // answer for it and no term, approves.)
  if (c.row && /^[\s–—-]*$/u.test(c.row.executors) && /^[\s–—-]*$/u.test(c.row.deadline) && /^утвердить\s/iu.test(t)) return { kind: 'approval' };
  if (c.row) return { kind: 'assignment', executors: [], recommendation: false, nominative: true, rest: t };
  if (mode === 'law' || c.inArticle) {
    if (!LEAD_VERB.test(t) || !split) return { kind: 'other' };
  }
  if (IN_FORCE.test(t) && !split) return { kind: 'other' };
  if (PERMISSION.test(t)) return { kind: 'other' };
  // «Обратить внимание X на необходимость …» alone is an admonition; with a dated ask («Недоработки устранить до …») X is to act.
  // («… обратить особое внимание на … и внести соответствующие предложения …»: a second verb is a task.)
  if (split?.verb === 'обратить' && !DUE_IN_TEXT.test(clauseText(c)) && !/\sи\s+(?:[а-яё]+\s+){0,2}?(?:внести|представить|принять|направить|подготовить|разработать|обеспечить|проинформировать|доложить|рассмотреть)(?![\p{L}])/u.test(split.rest)) return { kind: 'approval' };
  // «Ответственным за эксплуатацию ледовых переправ назначить Апрелкова …»: an appointment, not a task.
  // («Рекомендовать органам … назначить ответственных …» asks the bodies to appoint: a task.)
  if (split?.verb === 'назначить' && /^ответственн/iu.test(split.executors[0]?.text ?? '')) return { kind: 'approval' };
  // «Смету … утвердить (приложение).», «Положение … согласно приложению утвердить.»: the object first and the approving
  // verb last, nothing after it but a note of the annex — no one is asked (a dative-looking object is no executor).
  const firstHead = (split?.executors[0]?.text ?? '').split(/\s+/u)[0]!.toLowerCase();
  if (split && !LOWER_DATIVE_HEAD.test(firstHead) && !/(?:ам|ям)$/u.test(firstHead) && /^(?:утвердить|одобрить|согласовать)\s*(?:\([^()]{0,60}\))?\s*[.;]?\s*$/iu.test(split.rest)) return { kind: 'approval' };
  if (split && !APPROVAL.test(t)) {
    return { kind: 'assignment', executors: split.executors, recommendation: split.recommendation, nominative: false, rest: split.rest };
  }
  // («2. Отдел экономики администрации … (Смирнова Н.П.) в срок до 20 декабря 2024 года готовит и направляет членам Совета …»: a
  // council's numbered decision that names the body first and tells its duty in the present, with a term — the duty is asked.)
  const present = !split && c.item !== null && mode === 'act' && !c.fallback ? presentDuty(t) : null;
  if (present) {
    const asked = splitExecutors(present);
    if (asked && asked.executors.length > 0 && (DUE_IN_TEXT.test(t) || /(?<![\p{L}])(?:ежемесячно|ежеквартально|ежегодно|еженедельно|в\s+(?:19|20)\d{2}\s+году)(?![\p{L}])/iu.test(t))) {
      c.presentDuty = true;
      return { kind: 'assignment', executors: asked.executors, recommendation: false, nominative: true, rest: asked.rest };
    }
  }
  // A protocol's numbered decision in the passive: «1.2. ОМВД России по Печорскому району рекомендовано обеспечить …»,
  // «2.1. Управлению образования поручено до 1 июня подготовить …» — those named before the word are asked (a news item that
  // tells of such an order is read as retold before it gets here).
  const passive = mode === 'act' && c.item !== null && !c.inArticle ? PASSIVE_DECISION.exec(t) : null;
  if (passive && isInfinitive(passive[3]!) && !APPROVAL.test(t)) {
    const executors = splitList(cutAtStop(passive[1]!)).map((text) => ({ role: 'executor' as const, text }));
    if (executors.length > 0) return { kind: 'assignment', executors, recommendation: !/^поручено$/iu.test(passive[2]!), nominative: false, rest: t.slice(passive.index + passive[0].length - passive[3]!.length) };
  }
  if (c.regionLead && c.parentClause === null && !APPROVAL.test(t) && !PROCEDURAL.test(t) && !IN_FORCE.test(t) && (startsWithInfinitive(t) || hasInfinitive(t))) {
    return { kind: 'assignment', executors: c.regionLead.executors, recommendation: c.regionLead.recommendation, nominative: false, rest: t };
  }
  // «Уборку территории парка поручить МУ "Управление образования" …», «Докладывать по данному проекту … поручить начальнику
  // управления … С.А. Пономаренко»: the task first, the executor in the dative after «поручить».
  const entrusted = ENTRUSTED_AFTER.exec(t);
  if (entrusted && !/^(?:поручить|поручаю)/iu.test(t)) {
    const phrase = stripTrailingPunctuation(entrusted[1]!.replace(/\s+(?:с\s+привлечением|при\s+участии|с\s+участием)\s.*$/u, ''));
    if (phrase !== '') return { kind: 'assignment', executors: splitList(phrase).map((text) => ({ role: 'executor' as const, text })), recommendation: false, nominative: false, rest: t };
  }
  const vozl = VOZLOZHIT.exec(t) ?? RESPONSIBILITY.exec(t) ?? RESPONSIBILITY_ON.exec(t) ?? VOZLOZHIT_AFTER.exec(t.replace(/^В/u, 'в')) ?? TASK_ON.exec(t);
  if (vozl) return { kind: 'assignment', executors: [{ role: 'executor', text: `на ${vozl[1]!}` }], recommendation: false, nominative: false, rest: t };
  const owed = recipientsOwe(t, squash(clauseText(c)));
  if (owed) return { kind: 'assignment', executors: owed, recommendation: false, nominative: true, rest: t };
  // («Включить ремонт дворов в адресный перечень на 2025 год. / Исполнитель: … / Срок: до 1 декабря.»: a verb of approval with who
  // answers for it and by when is a task.)
  if (APPROVAL.test(t) && !(c.responsibleBlocks.length > 0 && c.deadlineBlocks.length > 0)) return { kind: 'approval' };
  // («Провести учения. Ответственный: начальник отдела ГО и ЧС А.А. Сидоров.»: who answers, named in a sentence of the item;
  // «Направить сведения … (отв. – Управление образования; срок – в течение 10 рабочих дней).»: or in parentheses, whatever the term.)
  if (c.responsibleBlocks.length > 0 || c.row || (startsWithInfinitive(t) && (RESPONSIBLE_SENTENCE.test(t) || INLINE_RESPONSIBLE.test(t)))) return { kind: 'assignment', executors: [], recommendation: false, nominative: true, rest: t };
  // «3.Организовать проведение субботников 20 апреля и 27 апреля 2024 года (отдел жилищно-коммунального хозяйства …,
  // руководители предприятий и учреждений – по согласованию).», «… (МУП «Благоустройство», Гуляев П.Е.).»: who answers, in the
  // parenthesis that closes the item, with no label.
  const closing = startsWithInfinitive(t) && !PROCEDURAL.test(t) ? PAREN_EXECUTORS.exec(t) : null;
  if (closing && /[^\d\s]/u.test(closing[1]!)) {
    const named = splitNominative(closing[1]!.trim().replace(/\s*[–—-]\s*по\s+согласованию\s*$/u, ''));
    // (Not an abbreviation the words before it define — «… твердых коммунальных отходов (ТКО)» —: an abbreviation answers only
    // with a name after it, «МУП «Благоустройство»».)
    // (Nor the places the words before it mean: «Провести ремонт спортивных залов (школы № 1 и № 5).»)
    if (named.length > 0 && !named.some((n) => /^(?:школ|детск|сад|поселени|дом|улиц|участк|объект|территори|здани|помещени|корпус|населенн)/iu.test(n)) && named.every((n) => ORG_NOMINATIVE.test(n.split(/\s+/u)[0]!) || /^[А-ЯЁ]{2,}\s+\S/u.test(n) || /[А-ЯЁ][а-яё]+\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.?$/u.test(n))) {
      return { kind: 'assignment', executors: named.map((text) => ({ role: 'executor' as const, text })), recommendation: false, nominative: true, rest: t };
    }
  }
  const person = trailingPerson(clauseText(c));
  if (person && (startsWithInfinitive(t) || /\s[а-яё]+(?:ть|ти)(?:\s|$)/u.test(t))) {
    return { kind: 'assignment', executors: [{ role: 'executor', text: person }], recommendation: false, nominative: true, rest: t };
  }
  if (PROCEDURAL.test(t)) return { kind: 'other' };
  // «6. О ходе исполнения решения информировать коллегию в IV квартале 2025 года.»: a report owed by a term, no one named.
  if (/^об?\s+(?:итогах|результатах|ходе|исполнении|выполнении)\s[^.;]{0,200}?\s(?:проинформировать|информировать|доложить|сообщить)(?![\p{L}])/iu.test(t)) {
    const term = findDeadline(t, ctx, { ask: true });
    if (term && term.kind !== 'none') return { kind: 'assignment', executors: [], recommendation: false, nominative: true, rest: t };
  }
  return { kind: 'other' };
}

/** Present-tense and passive verbs that state a duty: «представляют», «вносит», «устанавливаются», «обеспечивается». */
const FINITE = /(?<![\p{L}])([а-яё]{3,}(?:ет|ют|ит|ят|ут|ат)(?:ся)?)(?![\p{L}])/gu;
const NOT_FINITE =
  /^(?:совет|бюджет|отчет|отчёт|объект|предмет|комитет|кабинет|приоритет|паритет|иммунитет|факультет|университет|результат|аппарат|формат|депутат|кандидат|сертификат|мандат|автомат|адресат|штат|кредит|лимит|депозит|визит|транзит|гражданам|лет|нет|свет|ответ|запрет|пакет|билет|портрет|интернет|сайт|проект|аспект|эффект|дефект|контракт|факт|акт|пункт|срок|выпускат|кабинат|этат|внебюджет|месяцат|инвестпроект)$/u;
/** Verbs of validity, not of duty: «применяется», «действует», «составляет». */
const VALIDITY = /^(?:примен|действу|сохраня|явля|составля|допуска|распространя|использу|вступа|утрачива|прекраща|исчисля|продлева|признаю|счита|предусматрива|включа|относ|производит|осуществляет(?!ся)|учитыва|подлежит|регулиру|устанавливает(?!ся))/u;

/** A duty written as a rule, with its agent: «… устанавливаются органами местного самоуправления до 1 июля 2007 г.», «дипломатические представительства … ежемесячно представляют …». */
function ruleAgent(part: string): { executors: ExecutorPhrase[]; nominative: boolean } | null {
  const verbs = [...part.matchAll(FINITE)].filter((m) => !NOT_FINITE.test(m[1]!));
  // «… применяется порядок …» is a rule of validity even when a subordinate clause holds another verb.
  if (verbs.some((m) => VALIDITY.test(m[1]!))) return null;
  const duty = verbs[0];
  if (!duty) return null;
  const passive = /(?:ется|ются|ится|ятся)$/u.test(duty[1]!);
  // («… предложения и замечания по проекту принимаются от участников слушаний до 1 декабря 2025 года»: a window for those who
  // choose to write, what is received and when, not a duty.)
  if (passive && /^(?:принима|рассматрива|регистрир)/u.test(duty[1]!) && !/(?<![\p{L}])(?:органами|администрацией|комиссией|управлением|отделом)(?![\p{L}])/iu.test(part)) return null;
  if (passive) {
    // The agent in the instrumental: «органами местного самоуправления», «Агентством».
    const words = part.split(/\s+/u);
    for (let i = 0; i < words.length; i += 1) {
      const w = words[i]!.replace(/[,.;:()«»"]/gu, '');
      if (/^(?:органами|организациями|учреждениями|администрациями|министерствами|ведомствами|руководителями|главами|операторами)$/iu.test(w) || (/^[А-ЯЁ]/u.test(w) && /(?:ством|ами|ями|цией|ией|ом)$/u.test(w) && i > 0) || (/(?:ыми|ими)$/u.test(w) && /(?:ами|ями)$/u.test((words[i + 1] ?? '').replace(/[,.;]/gu, '')))) {
        const tail = words.slice(i).join(' ');
        const end = tail.search(/\s(?:до\s|не\s+позднее|в\s+срок|ежемесячно|ежеквартально|еженедельно|ежегодно|на\s+постоянной|регулярно|постоянно|в\s+течение|в\s+соответствии|с\s+обеспечением|по\s+согласованию|посредством|путем|для\s)|[;.]/u);
        const phrase = stripTrailingPunctuation(end > 0 ? tail.slice(0, end) : tail);
        if (phrase.split(/\s+/u).length <= 14) return { executors: splitList(phrase).map((t) => ({ role: 'executor' as const, text: t })), nominative: false };
      }
    }
    return { executors: [], nominative: true };
  }
  // A subject in the nominative before the verb: «дипломатические представительства республики за рубежом ежемесячно представляют …».
  let before = part.slice(0, duty.index).replace(/^(?:на\s+основе|на\s+основании|в\s+рамках|в\s+целях|по\s+итогам)\s+[^,]+?\s+(?=[А-ЯЁ])/u, '');
  const co = /\s+(?:совместно\s+со?|во\s+взаимодействии\s+со?)\s+(.+)$/u.exec(before);
  const coText = co ? co[1]! : null;
  if (co) before = before.slice(0, co.index);
  before = stripTrailingPunctuation(before.replace(/\s+(?:ежемесячно|ежеквартально|еженедельно|ежегодно|регулярно|постоянно|на\s+постоянной\s+основе|до\s+\d.*|не\s+позднее.*)$/u, '').trim());
  if (before === '' || before.split(/\s+/u).length > 12 || /^(?:в|во|на|по|при|для|с|если|когда|что)\s/iu.test(before)) return { executors: [], nominative: true };
  const executors: ExecutorPhrase[] = splitNominative(before).map((t) => ({ role: 'executor' as const, text: t }));
  // Partners stand in the instrumental («совместно с соответствующими проектными офисами»): their names are turned to the nominative here.
  if (coText) for (const t of splitNominative(coText.replace(/\s+(?:ежемесячно|ежеквартально|регулярно|постоянно).*$/u, ''))) executors.push({ role: 'co-executor', text: toNominative(t) });
  return { executors, nominative: true };
}

const ESTABLISH = /^установить,?\s+(?:что|порядок|следующий\s+порядок)/iu;

/** The dated duties of a clause written as rules (its own text after «Установить, что», or under such a heading). */
function ruleDuties(c: Clause, dl: DeadlineReader): Array<{ executors: ExecutorPhrase[]; nominative: boolean; deadline: Deadline; text: string }> {
  const main = squash(c.main.text);
  const underRule = c.parentClause !== null && ESTABLISH.test(squash(c.parentClause.main.text));
  if (!ESTABLISH.test(main) && !underRule) return [];
  const parts = [...sentencesOf(main.replace(ESTABLISH, '').replace(/^[\s,:]*(?:в\s+соответствии\s+с\s+которым\s*:?)?\s*/iu, '')), ...c.subs.flatMap((b) => sentencesOf(b.text))];
  const out: Array<{ executors: ExecutorPhrase[]; nominative: boolean; deadline: Deadline; text: string }> = [];
  for (const part of parts) {
    const d = dl.find(part, { rule: true });
    if (!d || !(isDue(d) || d.kind === 'continuous')) continue;
    // «практика ежегодного проведения форума» names a custom, not a schedule of a duty: a schedule needs the adverb.
    if (d.kind === 'recurring' && !/(?<![\p{L}])(?:еже[а-яё]+о|раз\s+в)(?![\p{L}])/iu.test(part)) continue;
    const agent = ruleAgent(part);
    if (!agent) continue;
    out.push({ ...agent, deadline: d, text: part });
  }
  return out;
}

/** Executors written on lines of their own under a label: a dative phrase with no verb, then «Совместно с …». */
function executorLines(subs: readonly Block[]): ExecutorPhrase[] {
  const out: ExecutorPhrase[] = [];
  for (const b of subs) {
    const t = stripTrailingPunctuation(b.text);
    if (hasInfinitive(t)) break;
    const co = /^(?:совместно\s+со?|во\s+взаимодействии\s+со?)\s+(.+)$/iu.exec(t);
    if (co) {
      if (out.length === 0) break;
      for (const p of splitPartners(co[1]!)) out.push({ role: 'co-executor', text: p });
      continue;
    }
    const lead = leadingExecutors(t);
    if (!lead) break;
    out.push(...lead.executors);
  }
  return out;
}

/**
 * «Направить законопроект в комитеты …, Губернатору …, прокурору … для внесения замечаний и
 * предложений в срок до 1 мая 2008 года»: the recipients owe the remarks by the date.
 */
function recipientsOwe(t: string, whole: string): ExecutorPhrase[] | null {
  const m = ASKS_REPLIES.exec(t);
  if (!m || !DUE_IN_TEXT.test(whole)) return null;
  const list = m[1]!;
  const firstRecipient = /(?:^|\s)(?=(?:в|во)\s+[А-ЯЁа-яё]|[А-ЯЁ][а-яё]+(?:у|ю|ам|ям)\s)/u.exec(list.slice(list.indexOf(' ') + 1));
  if (!firstRecipient) return null;
  const recipients = list.slice(list.indexOf(' ') + 1 + firstRecipient.index).trim();
  const out: ExecutorPhrase[] = [];
  const pieces = recipients.split(/\s*,\s*|\s+и\s+(?=(?:в|во)\s|[А-ЯЁ])/u).map((piece) => stripTrailingPunctuation(piece.trim())).filter((p) => p !== '');
  // «в комитеты, комиссию Государственной Думы»: after «в» the pieces are in the accusative, and a bare noun shares the next piece's genitive.
  let governed = false;
  pieces.forEach((p, i) => {
    const acc = /^(?:в|во)\s+(.+)$/u.exec(p);
    if (acc) governed = true;
    let phrase = acc ? acc[1]! : p;
    const next = pieces[i + 1]?.replace(/^(?:в|во)\s+/u, '');
    const tail = next !== undefined && /^[а-яё]+$/u.test(phrase) ? /^[а-яё]+\s+([А-ЯЁ].*)$/u.exec(next) : null;
    if (tail) phrase = `${phrase} ${tail[1]!}`;
    // «Губернатору», «прокурору», «комитетам» are datives; «комиссию», «Думу» after «в» accusatives.
    const head = /^[А-ЯЁа-яё]+/u.exec(phrase)?.[0].toLowerCase() ?? '';
    const feminine = /(?:ию|ую|юю)$|^(?:думу|палату|службу|группу|прокуратуру|инспекцию)$/u.test(head);
    const dative = !acc && (/(?:ому|ему|ам|ям)$/u.test(head) || (/[ую]$/u.test(head) && !feminine) || (!governed && !feminine));
    out.push({ role: 'executor', text: capitalizeFirst(dative ? toNominative(phrase) : accusativeToNominative(phrase)) });
  });
  return out.length > 0 ? out : null;
}

/** The genitives an appeal's addressees share: «собственникам и арендаторам земельных участков» → each with «земельных участков». */
function sharedWords(parts: readonly string[]): string[] {
  const out: string[] = [];
  parts.forEach((part, i) => {
    const next = parts[i + 1];
    // A bare plural noun before one with its genitives: the genitives are both nouns'.
    const tail = next !== undefined && /^[а-яё]+(?:ам|ям)$/iu.test(part) ? /^[а-яё]+(?:ам|ям)\s+((?:[а-яё]+(?:ых|их|ов|ев|ей|ий)\s*){1,3})$/iu.exec(next) : null;
    if (tail) {
      out.push(`${part} ${tail[1]!.trim()}`);
      return;
    }
    out.push(part);
  });
  return out;
}

/**
 * A paragraph that opens with a salutation of its own, «Уважаемые руководители предприятий …, жители … домов! Приглашаем
 * Вас …»: those it greets are whom it asks (in the nominative), not the letter's addressees.
 */
function ownSalutation(t: string): ExecutorPhrase[] {
  const own = /^уважаем[а-яё]+\s+([^!]{3,300}?)\s*!/iu.exec(t);
  return own ? splitNominative(own[1]!).map((text) => ({ role: 'executor' as const, text: capitalizeFirst(text) })) : [];
}

/** A paragraph of a letter: an order to named bodies, an ask of the addressees («просим …»), or a dated duty. */
/**
 * A letter's paragraph that tells what was done or demanded of someone else: «… выдано предписание … со сроком исполнения до
 * 15.12.2025», «В адрес подрядчика направлено требование завершить ремонт … до 01.03.2025» — the verb, if any, is the demand's.
 */
function toldOfOthers(t: string): boolean {
  if (STRONG_ASK.test(t)) return false;
  return (hasInfinitive(t) ? HANDED_DEMAND : HANDED).test(t);
}

/** Participles of what was handed over: «выдано», «направлено», «вынесено» … */
const HANDED_WORD = '(?:выдан[оаы]?|вынесен[оаы]?|направлен[оаы]?|предъявлен[оаы]?|объявлен[оаы]?)';
const HANDED = new RegExp(`(?<![\\p{L}])${HANDED_WORD}(?![\\p{L}])`, 'iu');
/** … with the demand named after it, whose verb the infinitive is: «направлено требование завершить …». */
const HANDED_DEMAND = new RegExp(`(?<![\\p{L}])${HANDED_WORD}\\s+(?:[^.;]{0,80}?\\s)?(?:предписани|требовани|поручени|указани|уведомлени|представлени|предостережени)[а-яё]*(?![\\p{L}])`, 'iu');

/** Whether `value` is the next number after `item` at its level or above («1.1» → «1.2», «2»). */
function ownNext(item: string, value: string): boolean {
  const a = item.split('.').map(Number);
  const v = value.split('.').map(Number);
  const level = v.length - 1;
  return level < a.length && a.slice(0, level).every((n, k) => v[k] === n) && v[level] === a[level]! + 1;
}

/** A chance offered, not an ask: «можно направить», «могут быть поданы», «вправе представить», «имеется возможность …». */
// («Напомним, сообщить о фактах … можно анонимно по телефону доверия …»: the infinitive before «можно».)
const CHANCE = /(?<![\p{L}])(?<!котор[а-яё]{1,3}\s)(?<!как\s)(?:можно|можете|может|могут|вправе|имеете\s+возможность|имеется\s+возможность|есть\s+возможность|допускается)(?![\p{L}])(?:\s+[а-яё]+){0,2}?\s+(?:[а-яё]+(?:ть|ти)(?:ся)?|быть\s+[а-яё]+н[аыо]?)(?![\p{L}])|(?<![\p{L}])[а-яё]{3,}(?:ть|ти)(?:ся)?(?:\s+[^\s.;:]+){0,8}?\s+(?<!как\s)можно(?![\p{L}])/iu;

/** A paragraph whose every infinitive is a chance's: it offers, it asks nothing. */
function offersOnly(t: string): boolean {
  return !STRONG_ASK.test(t) && CHANCE.test(t) && !hasInfinitive(t.replace(new RegExp(CHANCE.source, 'giu'), ' '));
}

/** The sender's view put to the addressee to decide: «считаем возможным …», «полагаем целесообразным …». */
const OPINION = /(?<![\p{L}])(?:считаем|считаю|полагаем|полагаю)\s+(?:возможным|целесообразным)(?![\p{L}])/iu;

function classifyLetterParagraph(t: string, options: { askedInWords?: boolean; background?: boolean } = {}): Verdict {
  // («Прошу Вас изучить, принять к сведению и довести информацию до …»: noting among other asks is part of the ask.)
  // (Not «… принять информацию к сведению и руководствоваться в работе»: to be guided by it asks nothing more.)
  const noteAmongAsks = STRONG_ASK.test(t) && /[а-яё]+(?:ть|ти)\s*,\s*принять\s+к\s+сведению|принять\s+к\s+сведению\s*(?:,|и)\s*(?!руководствоваться|использовать\s+в\s+работе)[а-яё]+(?:ть|ти)(?![\p{L}])/iu.test(t);
  if (/^(?:исполнитель|приложение)/iu.test(t) || (NOTED.test(t) && !noteAmongAsks)) return { kind: 'other' };
  // «Просим принять информацию к сведению и руководствоваться в работе.»: the letter's close asks only that it be noted.
  if (/^(?:просим|прошу)\s+(?:вас\s+)?принять\s+(?:(?:данную|указанную|настоящую)\s+)?(?:информацию\s+)?к\s+сведению(?:\s+и\s+(?:руководствоваться|использовать)(?:\s+в\s+(?:работе|практической\s+деятельности))?)?\s*[.!]?$/iu.test(t)) return { kind: 'other' };
  // «Учитывая изложенное, считаем возможным поручения по подпунктам 3.1 и 3.2 снять с контроля.»: the sender's view, put to the
  // addressee to decide, asks nothing.
  if (OPINION.test(t) && !STRONG_ASK.test(t)) return { kind: 'other' };
  // («Информацию необходимо представить в формате Excel (без объединения ячеек), а также в формате PDF …» after the ask for it: how
  // the paper asked for is to look, with no term of its own, is no task of its own.)
  if (FORMAT_ONLY.test(t) && !DUE_IN_TEXT.test(t)) return { kind: 'other' };
  // A term of what was done or handed to someone else, told with no verb that asks the addressee: «По результатам проверки управляющей
  // организации выдано предписание … со сроком исполнения до 15.12.2025.»)
  // («В адрес подрядчика направлено требование завершить ремонт … до 01.03.2025»: the verb is the demand's, made of someone else.)
  if (toldOfOthers(t)) return { kind: 'other' };
  // «Вопросы к вебинару можно направить до 14 февраля …», «Заявки могут быть поданы до …»: a chance offered asks nothing (unless
  // another sentence of the paragraph asks).
  // (Every infinitive of the paragraph must be the chance's own: «Заявки … направить до …, консультацию можно получить …» asks.)
  if (offersOnly(t)) return { kind: 'other' };
  // «… повторно направлять не требуется», «… представлять не нужно»: what need not be done asks nothing.
  // (Only when no other part of the paragraph asks: «… необходимо представить отчет …; представление копий … не требуется.»)
  const needless = /(?<![\p{L}])(?:не\s+требуется|не\s+нужно|не\s+надо|нет\s+необходимости)(?![\p{L}])/iu;
  if (!STRONG_ASK.test(t) && needless.test(t) && t.split(/[;.]\s+/u).every((part) => needless.test(part) || (!hasInfinitive(part) && !ASK.test(part)))) return { kind: 'other' };
  // «Обращаем внимание, что … представляется Министерством … в срок до 20 февраля»: a remark on what is done (see isRemark).
  if (isRemark(t)) return { kind: 'other' };
  // «Министерство … рекомендует руководителям …, директорам … принять меры …»: the sender's advice to the officials it names.
  const advice = SENDER_ADVICE.exec(t);
  const advised = advice ? splitExecutors(t.slice(advice.index + advice[0].length)) : null;
  if (advice && advised && advised.executors.length > 0) {
    return { kind: 'assignment', executors: advised.executors.map((e) => ({ ...e, text: capitalizeFirst(e.text) })), recommendation: !/поручает/iu.test(advice[0]), nominative: false, rest: advised.rest };
  }
  const invited = INVITES.exec(t);
  const invitedTo = invited ? (/^[а-яё]+/u.exec(t.slice(invited.index + invited[0].length))?.[0] ?? '') : '';
  // («Приглашаем Вас 11 октября принять участие …»: the letter's addressees are invited.)
  if (invited && /^(?:вас|тебя)(?![\p{L}])/iu.test(invited[1]!.trim()) && isInfinitive(invitedTo)) return { kind: 'assignment', executors: ownSalutation(t), recommendation: true, nominative: true, rest: t.slice(invited.index + invited[0].length) };
  if (invited && !/^(?:нас|всех)(?![\p{L}])/iu.test(invited[1]!.trim()) && isInfinitive(invitedTo)) {
    const named = splitAccusative(stripTrailingPunctuation(invited[1]!));
    if (named.length > 0) return { kind: 'assignment', executors: named.map((text) => ({ role: 'executor' as const, text: capitalizeFirst(text), accusative: true })), recommendation: true, nominative: false, rest: t.slice(invited.index + invited[0].length) };
  }
  const appeal = APPEAL_TO.exec(t);
  if (appeal && !/^(?:вас|тебя|нас|всех)(?![\p{L}])/iu.test(appeal[1]!.trim())) {
    const named = sharedWords(splitList(stripTrailingPunctuation(appeal[1]!)));
    return { kind: 'assignment', executors: named.map((text) => ({ role: 'executor' as const, text: capitalizeFirst(text) })), recommendation: true, nominative: false, rest: t.slice(appeal.index + appeal[0].length) };
  }
  const request = REQUEST_OF.exec(t);
  // The group ends where its term begins («Просьба владельцев собак в срок до 1 июня … зарегистрировать …»); one group named
  // two ways («председателей, либо представителей …») is one executor, each way in the nominative.
  const group = request ? stripTrailingPunctuation(request[1]!.replace(/\s+(?:в\s+срок|до\s+\d|не\s+позднее|в\s+течение|\d).*$/u, '')) : '';
  if (request && group !== '' && !isInfinitive(/^[а-яё]+/iu.exec(group)?.[0] ?? '')) {
    const named = splitAccusative(group.replace(/\s*,\s*(?=либо\s)/gu, ' ')).map((phrase) => capitalizeFirst(phrase.split(/\s+либо\s+/u).map((way) => toNominative(`на ${way}`)).join(' либо ')));
    return { kind: 'assignment', executors: named.map((text) => ({ role: 'executor' as const, text })), recommendation: true, nominative: true, rest: t.slice(request.index + request[0].length) };
  }
  const split = splitExecutors(t);
  if (split && !APPROVAL.test(t)) return { kind: 'assignment', executors: split.executors, recommendation: split.recommendation, nominative: false, rest: split.rest };
  // «просим …», «прошу …» ask; a sender's «рекомендует …», «предлагает …» asks only with a term («… представить до 1 июня»).
  const asks =
    STRONG_ASK.test(t) ||
    /(?:^|[\s,(])(?:поручаю|рекомендуем|предлагаем|предлагаю|рекомендую|обязываю|требую)(?![\p{L}])/iu.test(t) ||
    (ASK.test(t) && DUE_IN_TEXT.test(t)) ||
    // «Напоминаем о необходимости представить отчет до 1 марта 2024 года»: a reminder with a term asks.
    (REMINDS.test(t) && DUE_IN_TEXT.test(t)) ||
    // «Необходимо довести информацию …» opening the paragraph; the sender's «… предлагает систематически информировать …» in a short one.
    impersonalAsk(t) ||
    // «Для собеседования подготовить служебную записку …», «При себе иметь комплект документов …»: a paragraph of a letter
    // that opens with its infinitive (after a short purpose or place) asks it of the addressees.
    (t.length < 700 && INFINITIVE_OPENING.test(t) && isInfinitive(INFINITIVE_OPENING.exec(t)![1]!)) ||
    // «В случае возникновения чрезвычайной ситуации (…) информацию направлять незамедлительно …»: the paper asked for, then the
    // infinitive that asks it, after a condition.
    (t.length < 700 && objectThenInfinitive(t)) ||
    (t.length < 700 && /(?<![\p{L}])(?:рекомендует|предлагает)\s+(?:\S+\s+)?[а-яё]+(?:ть|ться)(?![\p{L}])/u.test(t));
  // «просим», «рекомендуем», «предлагаем» ask; «необходимо», «поручаю», «обязываю», «требую» order.
  const soft = STRONG_ASK.test(t) || /(?:^|[\s,(])(?:рекомендуем|рекомендует|рекомендую|предлагаем|предлагает|предлагаю|рекомендуется|предлагается)(?![\p{L}])/iu.test(t);
  if (asks && hasInfinitive(t)) return { kind: 'assignment', executors: ownSalutation(t), recommendation: soft, nominative: true, rest: t };
  // («Департамент … напоминает о необходимости получения паспортов готовности … в срок до 15 ноября 2022 года»: a reminder with
  // a term asks, its task named by a noun.)
  if (REMINDS.test(t) && DUE_IN_TEXT.test(withoutPastTerms(t))) return { kind: 'assignment', executors: ownSalutation(t), recommendation: false, nominative: true, rest: t };
  if (REPORTED_ORDER.test(t) && !asks) return { kind: 'other' };
  // («Во исполнение письма министерства от 03.03.2025 № … (срок представления информации – до 20.03.2025) администрация округа
  // сообщает следующее.»: a reply tells; the term it cites is its asker's.)
  // (Only the reply's first sentence, and no term told after it: «… министерство направляет перечень. Работы … должны быть завершены
  // до 1 августа» is an order from above.)
  const replyOpening = sentencesOf(t)[0] ?? t;
  if (REPLY_TELLS.test(replyOpening) && !asks && sentencesOf(t).slice(1).every((x) => !DUE_IN_TEXT.test(x))) return { kind: 'other' };
  // («… доводит до вашего сведения, что требования … не применяются до 30 июня 2020 года»: a date in what the letter tells is no term.)
  if (INFORMS.test(t) && !asks) return { kind: 'other' };
  // («Срок представления информации был установлен до 26.02.2021.»: a term told of the past asks nothing.)
  // (Nor one in the paragraph before the letter's own «… просим:», which tells what is to happen and when: «… кампания пройдет в
  // период с 1 июня по 31 августа 2025 года … Министерство проведет проверки с 20 по 30 мая 2025 года.»)
  // (A duty told in that paragraph stays one: «Отчет … представляется в министерство до 1 апреля 2025 года.»)
  // (What the sender itself does or an event, «комитет … организует мониторинг …», «кампания пройдет …», is what the asks are about.)
  const tellsEvent = options.background === true && /(?<![\p{L}])(?:пройд[её]т|проведет|проведёт|состоится|состоятся|будет|будут|планируется|запланирован[аоы]?|начнется|начнётся|завершится|[а-яё]{3,}(?:ует|ает|яет))(?![\p{L}])/iu.test(t);
  // («Итоги мониторинга будут размещены на официальном сайте … в срок до 1 апреля 2024 г.»: what will be done, told in the future
  // passive with no verb that asks, is no one's task here.)
  // (Not when a duty told in the passive goes with it: «… будут подведены до 1 июня, в связи с чем заявки … представляются … до 15
  // апреля».)
  const dutyToo = PASSIVE_DUTY.test(t.replace(SENDER_AGENT, ' '));
  if (!asks && FUTURE_TOLD.test(t) && !hasInfinitive(t) && !dutyToo) return { kind: 'other' };
  // («Конкурсные процедуры … планируется провести до 1 марта 2023 года»: what is planned, told impersonally, asks no one.)
  if (!asks && PLANNED.test(t) && !hasInfinitive(t.replace(new RegExp(PLANNED.source, 'giu'), ' ')) && !dutyToo) return { kind: 'other' };
  // («Заявки муниципальных образований принимаются Министерством до 1 августа 2018 года.»: what the sender does, told in the
  // present passive with itself as the agent, asks nothing.)
  if (!asks && SENDER_AGENT.test(t) && !hasInfinitive(t) && !dutyToo) return { kind: 'other' };
  if (!options.askedInWords && !tellsEvent && DUE_IN_TEXT.test(withoutPastTerms(t))) return { kind: 'assignment', executors: [], recommendation: false, nominative: false, rest: t };
  // («Информация о ходе подготовки представляется управляющими организациями, ТСЖ и ЖК начиная с 17.07.2025 еженедельно, по
  // четвергам …», «Паспорта готовности управляющими организациями должны быть получены не позднее 15 сентября»: a duty of those
  // the letter is sent to, told in the passive with them as its agent, after the list of asks too — not the sender's own,
  // «… представляется Министерством …».)
  if (!tellsEvent && OWED_BY_MANY.test(t) && (DUE_IN_TEXT.test(withoutPastTerms(t)) || /(?<![\p{L}])(?:еженедельно|ежемесячно|ежеквартально|ежегодно|ежедневно)(?![\p{L}])/iu.test(t))) {
    return { kind: 'assignment', executors: [], recommendation: false, nominative: false, rest: t };
  }
  return { kind: 'other' };
}

/** The next meeting as a term: «на следующем совещании», «к очередному заседанию комиссии». */
const NEXT_MEETING = /(?<![\p{L}])(?:на\s+(?:следующ|очередн|ближайш)ем\s+(?:совещании|заседании)|к\s+(?:следующ|очередн|ближайш)ему\s+(?:совещанию|заседанию))(?![\p{L}])/iu;

/** The chair of a meeting giving an order in its minutes: «Председательствующий поручил …», «Председатель комиссии поручила …». */
const CHAIR_ORDERED = /^(?:председательствующий|председатель\s+(?:комиссии|штаба|совета|рабочей\s+группы|оперативного\s+штаба|координационного\s+совета))(?:\s+[А-ЯЁ][а-яё]+\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.|\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+)?\s+поручил[аи]?\s+/iu;

/** A day of the week named in a schedule: «по понедельникам», «в среду», «пятница». */
const WEEKDAY_WORD = /(?<![\p{L}])(?:понедельн|вторн|сред(?:а|у|ы|ам)(?![\p{L}])|четверг|пятниц|суббот|воскресен)/iu;

/** «в тот же срок», «в те же сроки», «в указанный выше срок»: the term of the ask before. */
const SAME_TERM = /^(?:в\s+)?(?:тот\s+же|те\s+же|указанный\s+выше|аналогичный)\s+срок(?:и|а)?$/iu;

/** The paper asked for, then only the format it is to come in: «Информацию необходимо представить в формате Excel …». */
const FORMAT_ONLY = /^(?:указанную\s+|запрашиваемую\s+|данную\s+)?(?:информаци[юя]|сведения|данные|отч[её]ты?|документы|материалы|ответ)\s+(?:необходимо|следует|нужно|просим|прошу)\s+(?:представ|предостав|направ)[а-яё]+\s+(?:в\s+(?:формате|виде|электронном|печатном|бумажном)|на\s+бумажном)/iu;

/** A present passive whose agent is the sender: «принимаются Министерством», «рассматривается департаментом». */
const SENDER_AGENT = /(?<![\p{L}])[а-яё]{4,}(?:ются|ется|ится|ятся|ются)\s+(?:[а-яё]+(?:ым|им)\s+)?(?:[Мм]инистерством|[Дд]епартаментом|[Кк]омитетом|[Аа]гентством|[Сс]лужбой|[Уу]правлением|[Ии]нспекцией|нами)(?![\p{L}])/u;

/** A duty told in the passive: «… отчеты представляются …», «… должны быть направлены …». */
const PASSIVE_DUTY = /(?<![\p{L}])(?:(?:пред(?:о)?ставля|направля|пода|сда|размеща)(?:ются|ется)|должн[аоы]?\s+быть\s+[а-яё]+н[аоы]?)(?![\p{L}])/iu;

/** A plan told impersonally, its verb after it: «планируется провести», «запланировано завершить», «предполагается открыть». */
const PLANNED = /(?<![\p{L}])(?:планируется|запланировано|предполагается|намечено|предусматривается)\s+(?:[а-яё]+\s+){0,2}?[а-яё]+(?:ть|ти)(?:ся)?(?![\p{L}])/iu;

/** A step told in the future passive: «будут размещены», «будет направлен», «будут подведены» (not «будут приниматься»: entries asked for). */
const FUTURE_TOLD = /(?<![\p{L}])(?:будут|будет)\s+(?:[а-яё]+о\s+)?(?:размещен|опубликован|подведен|рассмотрен|направлен|доведен|подготовлен|проведен|организован|обобщен|сформирован|представлен|озвучен|объявлен)[аоы]?(?![\p{L}])/iu;

/** Bodies in the instrumental, as a passive's agent: «управляющими организациями», «главами поселений», «учреждениями». */
const BODIES_INSTR =
  '(?:[а-яё]+(?:ыми|ими)\\s+){0,2}(?:органами|организациями|учреждениями|главами|руководителями|администрациями|предприятиями|образованиями|поселениями|округами|районами|комитетами|управлениями|отделами|службами|товариществами|кооперативами|компаниями|хозяйствами|школами|ТСЖ)(?![\\p{L}])';

/** A duty told in the passive with many as its agent: «представляется управляющими организациями», «главами поселений должны быть направлены». */
const OWED_BY_MANY = new RegExp(
  `(?<![\\p{L}])(?:(?:пред(?:о)?ставля|направля|пода)(?:ется|ются|[её]тся)|должн[аоы]?\\s+быть\\s+[а-яё]+н[аоы]?)\\s+${BODIES_INSTR}|(?<![\\p{L}])${BODIES_INSTR},?(?:\\s+[^\\s.;]+){0,4}?\\s+(?:должн[аоы]?\\s+быть\\s+[а-яё]+н[аоы]?|(?:пред(?:о)?ставля|направля|пода)(?:ется|ются|[её]тся))(?![\\p{L}])`,
  'iu',
);

/**
 * «Обращаем внимание, что обобщенная информация … представляется Министерством … в срок до 20 февраля»: a remark on what is
 * done, with no verb that asks. (Not a duty of those addressed, «… отчеты представляются муниципальными образованиями в срок до
 * 10 апреля»; nor is the sender's own next step one, «… Министерство будет вынуждено рассмотреть вопрос о перераспределении
 * субсидий между муниципальными образованиями»: its infinitive is the sender's, its bodies after «между» no agents.)
 */
function isRemark(t: string): boolean {
  if (!/^обраща(?:ю|ем)\s+(?:[а-яё]+\s+)?внимание\s*,?\s*что(?![\p{L}])/iu.test(t)) return false;
  const remark = t.replace(/(?<![\p{L}])(?:будет|будут)\s+(?:вынужден[аоы]?\s+|должн[аоы]?\s+)?[а-яё]+(?:ть|ти)(?![\p{L}])/giu, ' ').replace(/(?<![\p{L}])(?:между|с|со|над|перед)\s+(?:[а-яё]+(?:ыми|ими)\s+)?[а-яё]+(?:ами|ями)(?![\p{L}])/giu, ' ');
  return !hasInfinitive(remark) && !/(?<![\p{L}])[а-яё]+(?:ыми|ими)\s+[а-яё]+(?:ами|ями)(?![\p{L}])|(?<![\p{L}])(?:органами|учреждениями|организациями|образованиями|администрациями|главами|руководителями)(?![\p{L}])/u.test(remark);
}

/** The text from its first infinitive on: «В соответствии с … установить срок …» → «установить срок …». */
function fromFirstInfinitive(t: string): string {
  const m = [...t.matchAll(/[А-Яа-яЁё]+/gu)].find((w) => /^[а-яё]/u.test(w[0]) && isInfinitive(w[0]));
  return m ? t.slice(m.index) : t;
}

/**
 * «Необходимо довести информацию …», «…, работников учреждений НЕОБХОДИМО 02.12.2019 организовать …»:
 * an impersonal ask that opens the sentence (or its main clause, or is written in capitals) with an infinitive close after it.
 */
/** A paper asked for followed within a few words by its infinitive: «информацию направлять …», «сведения … представить …». */
function objectThenInfinitive(text: string): boolean {
  // («Заявки на участие в слете (команда из 4 обучающихся и руководитель) направить до …»: a parenthesis is no part of the reach.)
  const t = text.replace(/\s*\([^()]*\)/gu, '');
  // (The paper opens its clause — after the text's start, a comma, a colon, a bracket or an opening condition, «При получении
  // результатов … информацию немедленно сообщать …» —: «Полученные данные позволят
  // сформировать …» tells what the data will do.)
  const m = /(?:^|[,:;)]\s*|[.!?]\s+|(?:^|[.!?]\s+)(?:при|в\s+случае|после|по\s+итогам)\s[^.;:]{3,150}?\s)(?:информацию|сведения|отч[её]т|отч[её]ты|донесение|донесения|данные|копию|копии|заявку|заявки|доклад|предложения)((?:\s+[^\s.;:!?]+){0,4}?)\s+([а-яё]{3,}(?:ть|ти))(?![\p{L}])/iu.exec(t);
  return m !== null && isInfinitive(m[2]!) && !/(?<![\p{L}])(?:не|было|будет|можно|нельзя|удалось|смогли|позвол[а-яё]+|помож[а-яё]+|да[её]т|дают)(?![\p{L}])/u.test(`${m[1]!} `);
}

function impersonalAsk(t: string): boolean {
  for (const m of t.matchAll(/(?<![\p{L}])(необходимо|следует|надлежит|НЕОБХОДИМО)(?![\p{L}])/giu)) {
    const before = t.slice(0, m.index);
    // «…, графики дежурств и списки ответственных лиц необходимо направить …»: the object may stand before the word.
    // («Информацию по прилагаемой форме необходимо направлять …»: an object of a few words first.)
    const opens = /^\s*(?:\S+\s+){0,2}$/u.test(before) || /^\s*(?!(?:при|в|во|для|с|со|по|на|к|о|об|от|из|у|за|после|до)\s)(?:\S+\s+){3,6}$/iu.test(before) || /,\s*(?:\S+\s+){0,6}$/u.test(before) || /[.!?]\s+$/u.test(before) || m[1] === m[1]!.toUpperCase();
    const next = t.slice(m.index + m[0].length).split(/\s+/u).slice(0, 4).join(' ');
    // «необходимо отметить, что …», «следует учитывать …»: the writer's own remark, not an ask.
    if (/^\s*(?:\S+\s+)?(?:отметить|подчеркнуть|учитывать|учесть|иметь|понимать|помнить|признать|сказать|напомнить|заметить)(?![\p{L}])/u.test(next)) continue;
    if (opens && hasInfinitive(next)) return true;
  }
  return false;
}

/** «Информацию об итогах … предоставить в администрацию района к 5.05.2025»: a report owed, its paper first — not a grant. */
const PAPER_FIRST = /^(?:информаци[юя]|сведения|отч[её]т[ы]?|доклад|данные|предложения|копи[июя]|заявк[иу]|списк?и?|справк[иу])(?![\p{L}])/iu;

/**
 * Whether a sentence holds an infinitive that orders, not one a modal word governs: «Режим … действует до 15 мая 2025 года и
 * может быть отменен досрочно», «… вправе обратиться …», «… должны быть представлены …» state a rule.
 */
function orders(t: string): boolean {
  const words = t.match(/[А-Яа-яЁё]+/gu) ?? [];
  const modal = (w: string): boolean => /^(?:может|могут|можно|вправе|должен|должна|должно|должны|нельзя|будет|будут)$/iu.test(w);
  // («Участник конкурса вправе отозвать заявку или внести в нее изменения …»: the infinitive joined to a modal one is as modal.)
  let modalRun = false;
  return words.some((w, i) => {
    if (modal(w)) modalRun = true;
    if (!/^[а-яё]/u.test(w) || !isInfinitive(w) || w === 'быть') return false;
    const prev = words[i - 1] ?? '';
    return !modal(prev) && !(modalRun && /^(?:или|либо|и)$/iu.test(prev));
  });
}

function hasInfinitive(t: string): boolean {
  return (t.match(/[А-Яа-яЁё]+/gu) ?? []).some((w) => /^[а-яё]/u.test(w) && isInfinitive(w));
}

type Mode = 'act' | 'law' | 'letter';

/** «Об итогах … информировать», «О результатах … доложить»: a report whose bare date is the day it is owed. */
const REPORT_ON_DAY = /^(?:об?\s+(?:итогах|результатах|ходе|исполнении|выполнении)(?:\s[^.;]*?)?\s)?(?:проинформировать|информировать|доложить|сообщить)(?![\p{L}])/iu;

export function parseProtocol(doc: DocumentText, options: ParseOptions = {}): ParsedDocument {
  // A telegram typed in capitals throughout is read as running text.
  // (A scan's Latin look-alikes and spaced dates put right before anything reads the lines.)
  const raw = repairNumbering(untelegraph(doc.lines).map(fixRecognition));
  const laid = layout(isShouting(raw) ? unshout(raw) : raw);
  const { lines, tablesUnread, oneLine } = laid;
  const blocks = inlineDecisions(laid.blocks);
  const st = readStructure(blocks);
  const lineIndex = (blockIndex: number | null): number | null => (blockIndex === null ? null : blockIndex < blocks.length ? blocks[blockIndex]!.line - 1 : lines.length);
  // (A copy saved as one line is read for its header paragraph by paragraph, as the blocks part it: its date, number and
  // addressees stand where its lines were.)
  const paragraphs = oneLine ? blocks.map((b) => b.text) : null;
  const { header, addressees, signatureText, chairText } = readHeader(
    paragraphs
      ? { lines: paragraphs, bodyStart: st.bodyStart, signatureStart: st.signature, attachmentsStart: st.attachments, formulaSubject: st.formulaSubject, bodyEarly: st.bodyStart <= 1, rawLines: paragraphs }
      : {
          lines,
          bodyStart: lineIndex(st.bodyStart) ?? lines.length,
          signatureStart: lineIndex(st.signature),
          attachmentsStart: lineIndex(st.attachments) ?? lines.length,
          formulaSubject: st.formulaSubject,
          bodyEarly: st.bodyStart <= 1,
          rawLines: raw,
        },
  );
  const warnings: ParseWarning[] = [];
  if (tablesUnread) warnings.push({ line: null, code: 'table_unread', message: `${doc.file}: таблицы документа прочитать не удалось, их строки прочитаны как обычный текст — пункты таблиц проверьте вручную` });
  const ctx: DeadlineContext = { documentDate: header.date };
  // (A text with no date of its own: a yearless day takes the year the text writes that same day with elsewhere.)
  if (header.date === null) ctx.namedDays = namedDaysOf(lines.join('\n'));
  if (options.addWorkingDays) ctx.addWorkingDays = options.addWorkingDays;
  const dl = deadlineReader(ctx, planPeriod(lines.slice(0, 15)) ?? annexedPlanPeriod(lines));
  const route = (phrase: string): string | null => options.directory?.match(phrase)?.entry.id ?? null;
  // Who reports, when a schedule's title names them: read once, for the rows that name no executor.
  let titleReporters: string[] | null = null;

  const articles = blocks.filter((b) => b.marker?.style === 'article').length;
  // A text with no kind word and no formula that asks («просим …») is a letter.
  const kindWritten = header.kind;
  if (header.kind === 'other' && !st.hasFormula && blocks.some((b, i) => i >= st.bodyStart && !b.marker && !QUOTED_SPEECH.test(b.text) && (((STRONG_ASK.test(b.text) || SENDER_ADVICE.test(b.text) || INVITES.test(b.text)) && hasInfinitive(b.text)) || APPEAL_TO.test(b.text)))) header.kind = 'letter';
  const mode: Mode = articles >= 3 ? 'law' : header.kind === 'letter' ? 'letter' : 'act';

  const clauses: Clause[] = [];
  // A letter whose ask comes before a numbered list («… необходимо предоставить записку, содержащую информацию: 1. о …»):
  // the paragraphs between the salutation and the list are read as the letter's own.
  const salutation = st.roles.findIndex((r) => r === 'salutation');
  const firstRegion = st.regions[0];
  // (With no salutation, the paragraphs from the body's start, when one of them asks: «… Комитет … просит организовать …».)
  // (Or a prosecutor's «ТРЕБУЮ:» over the items of a representation.)
  const ownFrom = salutation >= 0 ? salutation + 1 : blocks.findIndex((b, i) => i < (firstRegion?.start ?? 0) && !b.marker && !b.cells && (STRONG_ASK.test(b.text) || DEMANDS.test(b.text)));
  if (mode === 'letter' && ownFrom >= 0 && firstRegion && !firstRegion.fallback && ownFrom < firstRegion.start) {
    letterClauses(blocks, st, { start: ownFrom, end: firstRegion.start, question: null }, clauses, addressees);
  }
  for (const region of st.regions) {
    if (region.fallback && mode === 'letter') {
      letterClauses(blocks, st, region, clauses, addressees);
      continue;
    }
    gatherClauses(blocks, st, region, clauses);
  }
  adoptBulletSubItems(clauses);
  if (mode === 'letter') {
    markLetterSteps(clauses);
    attachTermLines(clauses);
    foldInformationAsk(clauses);
  }
  insertedItems(clauses);
  joinReplyTerms(clauses);
  // «Администрация поселка настоятельно рекомендует: / Владельцев частных домов … очистить крыши …»: a formula or lead that
  // calls on those named below it, each paragraph opening with them in the accusative.
  const blockAt = new Map(blocks.map((b, i) => [b, i]));
  clauses.forEach((c, i) => {
    const at = blockAt.get(c.main) ?? -1;
    const before = at > 0 ? blocks[at - 1]! : null;
    const follows = (before !== null && !before.marker && CALLS_ON.test(before.text)) || (i > 0 && clauses[i - 1]!.calledOn === true && blockAt.get(clauses[i - 1]!.main) === at - 1);
    if (!follows || c.main.marker !== null || c.calledOn) return;
    const own = splitExecutors(`просить ${c.main.text}`);
    if (own && own.executors.length > 0 && splitExecutors(c.main.text) === null) c.calledOn = true;
  });

  const items: ItemOutline[] = [];
  const noted: string[] = [];
  const assignments: Assignment[] = [];
  const extensions: Extension[] = [];
  let controller: ControllerRef | null = null;
  let controllerAsked = false;

  const bodies = definedBodies(blocks.map((b) => b.text).join('\n'));
  const toRefs = (phrases: readonly ExecutorPhrase[], nominative: boolean, line: number): ExecutorRef[] =>
    phrases.map((e) => {
      const name = fullBodyName(nominative ? e.text : toNominative(e.accusative ? `на ${e.text}` : e.text), bodies);
      const ref = route(e.text);
      if (options.directory && ref === null) warnings.push(unmatched(line, name));
      return { role: e.role, text: e.text, name, ref };
    });

  // A text that names no act of its own (no kind word, no formula, no number, no date) and opens by reporting orders
  // («Указанным распоряжением рекомендовано …», «Губернатор дал перечень поручений …»): a news item retelling them; the
  // datives and infinitives that follow retell those orders too and ask nothing of their own.
  const firstClauseBlock = clauses[0] ? blocks.findIndex((b) => b === clauses[0]!.main) : blocks.length;
  // (Also when its «необходимо …» made it read as a letter: «В итоге, главам всех поселений … поручили обеспечить …».)
  const retold = mode !== 'law' && kindWritten === 'other' && addressees === null && !st.hasFormula && header.number === null && header.date === null && blocks.slice(0, Math.max(firstClauseBlock, 0) + 1).some((b) => RETELLING.test(b.text));
  if (retold) for (const c of clauses) c.kind = 'other';
  const lastClause = clauses[clauses.length - 1];
  // («Прошу … представить информацию по следующим позициям: 1. Перечень … 2. Численность … / В дальнейшем информацию …
  // необходимо представлять ежемесячно …»: in a letter, a paragraph after a list of what to report is the letter's own, not
  // the list's last item's.)
  const carriedItem = (c: Clause): string | null => {
    if (!c.carried) return null;
    if (mode !== 'letter') return c.carried;
    const host = items.find((x) => x.item === c.carried);
    // (Nor the step list's: «… в следующие сроки: / 1) …; / 3) годовой отчетности – …» / «Сведения о муниципальном долге …
    // представлять …» is a paragraph of the letter.)
    if (clauses.some((x) => x.item === c.carried && x.letterStep !== undefined)) return null;
    return host && host.kind !== 'assignment' ? null : c.carried;
  };
  for (const c of clauses) {
    // «2. Муниципальному предприятию «Коммунальное хозяйство» (К» where the copy ends: the executors of an item cut before its
    // verb are still asked something; the item is read with them, no term, and a warning to check the original.
    if (c === lastClause && mode !== 'law' && c.item !== null) {
      const cut = cutItemExecutors(c);
      if (cut) {
        const text = fullText(c);
        items.push({ item: c.item, line: c.line, parent: c.parent, kind: 'assignment', text });
        warnings.push({ line: c.line, code: 'item_cut', message: `${itemLabel(c.item)}: текст обрывается до действия — поручение прочитано по исполнителю, без срока; сверьте с подлинником` });
        assignments.push({ item: c.item, line: c.line, text, recommendation: cut.recommendation, executors: toRefs(cut.executors, false, c.line), sendTo: [], deadline: emptyDeadline(), emails: [], optional: false, closes: [] });
        continue;
      }
    }
    // «Просим довес» where the copy of a letter ends: an ask cut inside its verb still asks the addressees; read with no term
    // and a warning to check the original.
    if (c === lastClause && mode === 'letter' && c.subs.length === 0 && c.children.length === 0 && CUT_ASK.test(squash(c.main.text))) {
      const text = fullText(c);
      items.push({ item: c.item, line: c.line, parent: c.parent, kind: 'assignment', text });
      warnings.push({ line: c.line, code: 'item_cut', message: `${itemLabel(c.item)}: текст обрывается на просьбе — прочитана просьба к адресатам письма, без срока; сверьте с подлинником` });
      const executors = addressees ? addresseeRefs(addressees, route, options, warnings) : [];
      if (executors.length === 0) warnings.push(executorMissing(c));
      assignments.push({ item: c.item, line: c.line, text, recommendation: true, executors, sendTo: [], deadline: emptyDeadline(), emails: [], optional: false, closes: [] });
      continue;
    }
    // «1.1 в период … организовать и провести мероприятия …, включающие: / 1.1.1 проведение …»: the item is the task, its
    // sub-items what the task includes (noun phrases), not tasks of their own.
    // («1. Структурным подразделениям … в месячный срок представить … следующие документы за 1998-1999 годы: / а) проекты
    // постановлений …; б) …»: what the task names «следующие …», noun phrases with no term of their own, is its object.)
    const nounsOnly = c.children.every((ch) => !startsWithInfinitive(ch.main.text) && splitExecutors(ch.main.text) === null);
    const objectList = FOLLOWING_LEAD.test(c.main.text) && hasInfinitive(c.main.text) && c.children.every((ch) => !hasInfinitive(ch.main.text) && ch.children.length === 0 && !DUE_IN_TEXT.test(ch.main.text));
    const contents = c.children.length > 0 && nounsOnly && (CONTENTS_LEAD.test(c.main.text) || objectList);
    if (contents) for (const ch of c.children) ch.kind = 'other';
    const verdict = classify(c, c.children.length > 0 && !contents, mode, ctx, addressees !== null && !(addressees.nominative === true && PUBLIC_ADDRESSEES.test(addressees.text)));
    const text = fullText(c);
    const kind: ItemKind = verdict.kind === 'heading' ? 'other' : verdict.kind;
    // `items` lists numbered items and headings; an unnumbered paragraph is listed only when it orders, notes or closes something.
    if (c.item !== null || kind !== 'other') items.push({ item: c.item, line: c.line, parent: c.parent, kind, text });
    if (verdict.kind === 'noted') {
      if (c.item !== null) noted.push(c.item);
      continue;
    }
    if (verdict.kind === 'controller') {
      // (A «Контроль … возложить …» clause names the controller over a secretary asked to «обеспечить контроль за исполнением решений».)
      const asked = CONTROL_ENSURE.test(squash(c.main.text));
      if (controller === null || (controllerAsked && !asked)) {
        // (In a protocol the one who keeps control is its chair, with the post the protocol's head writes.)
        const chairing = header.kind === 'protocol' && chairText !== null && header.signatory !== null && header.chair === header.signatory ? withName(chairText, header.signatory) : null;
        const read = readController(c, chairing ?? signerWithPost(signatureText, header.signatory, header.body) ?? header.signatory ?? header.chair ?? postAtEnd(doc.lines), route);
        if (read) {
          controller = read;
          controllerAsked = asked;
        }
      }
      if (controller && options.directory && controller.ref === null && controller.text !== 'за собой') {
        warnings.push({ line: c.line, code: 'controller_unmatched', message: `контролирующего «${controller.name}» нет в справочнике — добавьте его в config/directory.yaml` });
      }
      const after = askAfterControl(c, dl);
      if (after) {
        markAssignment(items, c, text);
        const executors = toRefs(after.executors, false, c.line);
        if (after.deadline.warning) warnings.push({ line: c.line, code: after.deadline.warning.code, message: `${itemLabel(c.item)}: ${after.deadline.warning.message}` });
        if (executors.length === 0) warnings.push(executorMissing(c));
        assignments.push({ item: c.item ?? carriedItem(c), line: c.line, text, recommendation: false, executors, sendTo: readSendTo(after.text, route), deadline: after.deadline, emails: emailsIn(after.text), optional: /при\s+наличии/iu.test(after.text), closes: [] });
      }
      continue;
    }
    if (verdict.kind === 'extension') {
      const amends = amendHeading(c);
      const ext = readExtension(c.item, squash(restatement(text) ? clauseText(c) : amends !== null ? `${amends} ${text}` : text), header.body, (restated) => restatedTerm(restated, ctx));
      if (ext) extensions.push(ext);
      else warnings.push({ line: c.line, code: 'deadline_unparsed', message: `${itemLabel(c.item)} продлевает срок, но новую дату прочитать нельзя; напишите её так: «до 1 июня 2023 года»` });
      continue;
    }
    if (verdict.kind === 'closes') {
      const lead = closeHeading(c);
      const closes = readCloses(squash(lead !== null ? `${lead} ${text}` : text), header.body);
      if (closes.length === 0) {
        warnings.push({ line: c.line, code: 'close_target_unclear', message: `${itemLabel(c.item)} снимает поручения с контроля, но не говорит, какие («пунктами … протокола № … от …»)` });
      } else if (closes.some((x) => x.protocol.number === null && x.protocol.date === null && x.items.length > 0)) {
        warnings.push({ line: c.line, code: 'close_target_unclear', message: `${itemLabel(c.item)} снимает с контроля пункты, но не называет номер и дату протокола, к которому они относятся: укажите протокол при проверке` });
      }
      assignments.push({ item: c.item, line: c.line, text, recommendation: false, executors: [], sendTo: [], deadline: emptyDeadline(), emails: emailsIn(text), optional: false, closes });
      continue;
    }
    if (verdict.kind === 'assignment') {
      const own = toRefs(verdict.executors, verdict.nominative, c.line);
      // «Комитету образования (Иванова О.П.) …» / «Ответственный: Иванова О.П.»: a person already named with the body is not a second executor.
      const named = verdict.executors.map((e) => squash(e.text).toLowerCase());
      const responsible = [...responsibleBlocksOf(c).flatMap((b) => splitNominative(b.text.replace(RESPONSIBLE_LINE, '').replace(TERM_IN_RESPONSIBLE, ''))), ...inlineResponsible(squash(c.main.text))]
        .filter((r) => !named.some((n) => n.includes(`(${squash(r).toLowerCase()})`)));
      const fromRow = c.row ? (c.row.executors !== '' ? splitNominative(c.row.executors) : (titleReporters ??= reportersOfTitle(lines.slice(0, 12)))) : [];
      // («1. Руководителям ресурсоснабжающих организаций завершить … / Ответственные: руководители ресурсоснабжающих организаций.»:
      // one executor named twice is one.)
      // («1.1. Главам городских и сельских поселений района организовать … / Ответственные: главы поселений.»: a shorter name of one
      // already named restates it.)
      const executors = [...own, ...toRefs([...responsible, ...fromRow].filter((r) => !own.some((o) => restates(o.name, r))).map((t) => ({ role: 'executor' as const, text: t })), true, c.line)].filter(
        (e, i, all) => all.findIndex((x) => squash(x.name).toLowerCase() === squash(e.name).toLowerCase()) === i,
      );
      const fromAddressees = executors.length === 0 && mode === 'letter' && addressees ? addresseeRefs(addressees, route, options, warnings) : [];
      const allExecutors = executors.length > 0 ? executors : fromAddressees;
      let deadlines = clauseDeadlines(c, dl);
      // «организовать в 1-ом полугодии 2011 года: 22 января, 5 и 19 февраля …»: the days listed in the frame, not the frame.
      const listed = listedDays(squash(c.main.text), ctx);
      if (listed.length > 0 && deadlines.every((d) => d.kind === 'none' || d.kind === 'period' || listed.some((l) => l.date === d.date))) deadlines = listed;
      // «ГУВД … обеспечить охрану … 22 июня 2007 года с 11.00»: the day the action is set for.
      if (allExecutors.length > 0 && deadlines.every((d) => d.kind === 'none')) {
        // Several such days («… 04.11.04 г. в 15.00, 05.11.04 г. в 15.00») are several dated actions.
        // (A day inside an executor's name — «комиссии по проведению выборов 18 декабря 1995 года» — is the name's.)
        // (Only in the sentence that names them: «Провести … 25 сентября 2010 года … слет. Подготовку … возложить на …» — the
        // day the act holds its event on is no term of the one who prepares it.)
        const first = verdict.executors[0]?.text.replace(/^на\s+/u, '');
        const sentences = sentencesOf(squash(clauseText(c)));
        const at = first ? sentences.findIndex((x) => x.includes(first)) : -1;
        const theirs = at > 0 && startsWithInfinitive(sentences[0]!) && splitExecutors(sentences[0]!) === null ? sentences[at] : undefined;
        const days = findSetDays(theirs ?? clauseText(c), ctx).filter((d) => !verdict.executors.some((e) => e.text.includes(d.text)));
        if (days.length > 0) deadlines = days;
      }
      // Words of a term the grammar could not read: unparsed with those words, never «без срока» stated as sure.
      if (deadlines.every((d) => d.kind === 'none')) {
        const unread = unreadDeadline([c.main.text, ...c.subs.map((s) => s.text), ...c.responsibleBlocks.map((b) => b.text), ...c.deadlineBlocks.map((b) => b.text)].join(' '));
        if (unread) deadlines = [unread];
      }
      // «IX классы - 23 мая 2023 года; XI классы - 23 мая 2023 года»: one due day owed twice by the same executors is one entry.
      const seen = new Set<string>();
      deadlines = deadlines.filter((d) => {
        const key = d.kind === 'date' ? `${d.date}|${d.time ?? ''}` : `${d.kind}|${d.text}|${d.rule?.day ?? ''}|${d.rule?.month ?? ''}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      for (const deadline of deadlines) {
        if (deadline.warning) warnings.push({ line: deadlineLine(c), code: deadline.warning.code, message: `${itemLabel(c.item)}: ${deadline.warning.message}` });
        assignments.push({
          item: c.item ?? carriedItem(c),
          line: c.line,
          text,
          recommendation: verdict.recommendation || (c.parentClause !== null && /^(?:рекомендовать|предложить)/iu.test(c.parentClause.main.text)),
          executors: allExecutors,
          sendTo: readSendTo(verdict.rest, route),
          deadline,
          // (A table row's address may stand in a column of its own: «| … | до 20.03.2025 | leto@edu.murmansk.ru |».)
          emails: [...new Set([...emailsOf(c, deadline, deadlines.length, text), ...(c.row ? emailsIn(c.main.cells?.join(' ') ?? '') : [])])],
          optional: /при\s+наличии/iu.test(text),
          closes: [],
        });
      }
      if (allExecutors.length === 0) {
        warnings.push(executorMissing(c));
      }
      continue;
    }
    // A duty written as a rule with a term: «Установить, что: … устанавливаются органами … до 1 июля 2007 г.».
    // (Not in a letter's remark on another act's rule: «Обращаем внимание, что в соответствии с пунктом 14 Порядка … срок завершения
    // работ … – не позднее 1 октября 2026 года …».)
    if ((verdict.kind === 'other' || verdict.kind === 'approval') && mode !== 'law' && !c.inArticle && !c.fallback && c.children.length === 0 && !(c.letter && isRemark(squash(c.main.text)))) {
      const duties = ruleDuties(c, dl);
      if (duties.length > 0) {
        markAssignment(items, c, text);
        for (const duty of duties) {
          // («В дальнейшем информацию … необходимо представлять ежемесячно …» in a letter: asked of its addressees.)
          const own = toRefs(duty.executors, duty.nominative, c.line);
          const executors = own.length === 0 && mode === 'letter' && addressees ? addresseeRefs(addressees, route, options, warnings) : own;
          if (duty.deadline.warning) warnings.push({ line: c.line, code: duty.deadline.warning.code, message: `${itemLabel(c.item)}: ${duty.deadline.warning.message}` });
          if (executors.length === 0) warnings.push(executorMissing(c));
          assignments.push({ item: c.item ?? carriedItem(c), line: c.line, text, recommendation: false, executors, sendTo: readSendTo(duty.text, route), deadline: duty.deadline, emails: emailsIn(text), optional: /при\s+наличии/iu.test(text), closes: [] });
        }
        continue;
      }
    }
    // A notice's closing day for what is sent in, told in the passive with no addressee: «Письменные работы на конкурс
    // принимаются до 21 ноября 2014 …», «Именные заявки … направляются в управление … не позднее 18 июня.» (in a text with no
    // operative part: whoever sends the entries owes them by that day).
    if (verdict.kind === 'other' && mode === 'act' && c.fallback && !c.inArticle && c.children.length === 0 && !retold) {
      const sentence = sentencesOf(squash(c.main.text)).find((x) => SUBMITTED.test(x) && DUE_IN_TEXT.test(x));
      const due = sentence ? dl.find(sentence, { ask: true }) : null;
      if (due && isDue(due) && (due.kind !== 'unparsed' || yearless(due))) {
        markAssignment(items, c, text);
        if (due.warning) warnings.push({ line: c.line, code: due.warning.code, message: `${itemLabel(c.item)}: ${due.warning.message}` });
        assignments.push({ item: c.item ?? carriedItem(c), line: c.line, text, recommendation: false, executors: [], sendTo: [], deadline: due, emails: emailsIn(text), optional: false, closes: [] });
        warnings.push(executorMissing(c));
        continue;
      }
    }
    // An executor-less clause that still owes something by a date: «I этап (до 2020 г.) – осуществить переход …».
    // Outside an operative part only a numbered item that opens with its verb («2. Провести сходы граждан … в срок до 25.04.2015г.»).
    if (verdict.kind === 'other' && mode !== 'law' && !c.inArticle && (!c.fallback || (c.item !== null && startsWithInfinitive(squash(c.main.text)))) && !c.amends && c.children.length === 0 && !(c.letter && isRemark(squash(c.main.text)))) {
      const t = squash(c.main.text);
      const stageTasks = /:\s*$/u.test(t) && c.subs.some((b) => /(?:^|[–—-]\s*)[а-яё]+(?:ть|ти)(?:ся)?\s/u.test(b.text));
      const first = sentencesOf(t)[0] ?? t;
      // («7. Разместить настоящий приказ на официальном сайте … в течение 3 рабочих дней … (Быков А.С., консультант отдела …).»: a
      // publication step with the one who does it named is a task.)
      const publisher = PROCEDURAL.test(t) && PAREN_PERSON.test(t);
      if (stageTasks || ((!PROCEDURAL.test(t) || publisher) && !(mode === 'letter' && (toldOfOthers(t) || offersOnly(t))) && !AMENDS_WORDING.test(t) && !KEPT_AS_IS.test(t) && !REPORTED_ORDER.test(first) && !APPROVAL.test(t) && (!APPROVAL.test(fromFirstInfinitive(first)) || PAPER_FIRST.test(first)) && !prohibits(first) && !IN_FORCE.test(t) && !NOTED.test(t) && (orders(first) || startsWithInfinitive(first)))) {
        // An item that only opens with its verb («Провести сходы граждан … в срок до 25.04.2015г.») owes a term written as one;
        // «Провести 6 ноября 2002 года … торжественный вечер» sets the day of an event the act holds itself.
        const opensOnly = !hasInfinitive(first) && !publisher;
        // («8.2. Проводить анализ … / Срок - постоянно.»: a «Срок» line of its own states the term outright.)
        // («1. Провести районный смотр-конкурс … / Срок – IV квартал 2024 г.»: a «Срок» line of its own states the term, whatever its words.)
        let due = clauseDeadlines(c, dl).filter((d) => (isDue(d) || (c.deadlineBlocks.length > 0 && d.kind !== 'none')) && (!opensOnly || c.deadlineBlocks.length > 0 || /^(?:в\s+срок\s+)?(?:до|не\s+позднее|не\s+позже|к)\s+(?!\d{1,2}\s?[-:.]\s?\d{2}(?!\.\d))/iu.test(d.text)));
        // «Об итогах проведенной работы информировать 1 апреля 2011 года.»: a report owed on the day named.
        if (due.length === 0 && REPORT_ON_DAY.test(first)) due = findSetDays(clauseText(c), ctx);
        // («Представить … информацию … – заместитель главы района Петров И.С., 05.11.2025.»: the day after those who answer.)
        const trailing = due.length === 0 ? trailingResponsible(t)?.term : undefined;
        if (trailing) {
          const d = dl.parse(trailing);
          if (d.kind !== 'none') due = [d];
        }
        // («5. Обеспечить охрану общественного порядка при проведении митинга. Ответственные – участковый …, староста …»: a task
        // whose own sentence names who answers for it, with no term, is a task all the same.)
        const answerable = inlineResponsible(t);
        if (due.length === 0 && !c.fallback && RESPONSIBLE_SENTENCE.test(t) && answerable.length > 0) due = [emptyDeadline()];
        // («2.3. Доложить о результатах на следующем совещании.»: a meeting's minutes ask a report for the next one, its term that
        // meeting's undated day.)
        // (A report only: «Заслушать на следующем заседании …» is the meeting's own agenda.)
        if (due.length === 0 && header.kind === 'protocol' && !c.fallback && NEXT_MEETING.test(t) && /^(?:доложить|проинформировать|информировать|представить|отчитаться|сообщить)(?![\p{L}])/iu.test(t)) {
          const next = clauseDeadlines(c, dl).find((d) => d.kind === 'unparsed' && NEXT_MEETING.test(d.text));
          if (next) due = [next];
        }
        if (due.length > 0) {
          markAssignment(items, c, text);
          // («Обеспечить уборку снега … (ответственный – Иванов И.И., срок – до 01.03.2024).»: the one answerable, named inline.)
          const named = toRefs(answerable.map((r) => ({ role: 'executor' as const, text: r })), true, c.line);
          // (In a letter, what is owed with no one named is owed by its addressees.)
          const inline = named.length === 0 && mode === 'letter' && addressees ? addresseeRefs(addressees, route, options, warnings) : named;
          for (const deadline of due) {
            if (deadline.warning) warnings.push({ line: deadlineLine(c), code: deadline.warning.code, message: `${itemLabel(c.item)}: ${deadline.warning.message}` });
            assignments.push({ item: c.item ?? carriedItem(c), line: c.line, text, recommendation: false, executors: inline, sendTo: readSendTo(t, route), deadline, emails: emailsIn(text), optional: /при\s+наличии/iu.test(text), closes: [] });
          }
          if (inline.length === 0) warnings.push(executorMissing(c));
        }
      }
    }
  }

  // Numbered headings outside the operative parts: the questions of a protocol («1. Сводный рейтинг …» above «Решили:»), its agenda.
  const inRegion = (i: number): boolean => st.regions.some((r) => i >= r.start && i < r.end);
  blocks.forEach((b, i) => {
    if (i < st.bodyStart || i >= st.attachments || inRegion(i) || !b.marker || b.cells) return;
    if (b.marker.style !== 'decimal' && b.marker.style !== 'roman') return;
    const value = b.marker.value;
    // (A question whose paragraph held its decision: the decision's item stands for it.)
    if (items.some((it) => it.line === b.line && it.item === value)) return;
    items.push({ item: value, line: b.line, parent: value.includes('.') ? value.slice(0, value.lastIndexOf('.')) : null, kind: 'question', text: b.text });
  });
  items.sort((a, b) => a.line - b.line);

  // («Одновременно просим представить предложения … в тот же срок.»: the term of the ask before it.)
  assignments.forEach((a, i) => {
    if (a.deadline.kind !== 'unparsed' || !SAME_TERM.test(a.deadline.text.trim())) return;
    const before = assignments.slice(0, i).reverse().find((p) => p.deadline.kind === 'date' || p.deadline.kind === 'period' || p.deadline.kind === 'recurring');
    if (!before) return;
    const said = a.deadline.text;
    a.deadline = { ...before.deadline, text: said };
    for (let w = warnings.length - 1; w >= 0; w -= 1) if (warnings[w]!.line === a.line && warnings[w]!.message.includes(`«${said}»`)) warnings.splice(w, 1);
  });
  // «Информацию по всем указанным вопросам прошу направлять … на адрес электронной почты tko@dpr.gov35.ru.»: the address of every
  // ask that names none of its own.
  // («Информацию направлять в отдел … на адрес электронной почты econ@mcx.omskportal.ru.» in a letter, after its asks, with no
  // term of its own: where every ask's answer goes.)
  const sendsAll = (text: string): boolean => ALL_ASKS_TO.test(text) || (mode === 'letter' && SEND_ONLY.test(text.trim()) && !DUE_IN_TEXT.test(text));
  const common = blocks.find((b, i) => i >= st.bodyStart && i < st.attachments && sendsAll(b.text) && emailsIn(b.text).length > 0);
  if (common) {
    // (The paragraph itself asks nothing new.)
    const own = assignments.findIndex((a) => a.line === common.line && a.deadline.kind === 'none' && sendsAll(a.text));
    if (own >= 0 && assignments.length > 1) assignments.splice(own, 1);
    for (const a of assignments) if (a.emails.length === 0 && a.closes.length === 0) a.emails = emailsIn(common.text);
  }
  // «ИНФОРМАЦИЯ / о выполнении поручений, данных на аппаратном совещании …»: a report on instructions given earlier retells them
  // with their old terms; it gives none of its own.
  const head = lines.slice(0, lineIndex(st.bodyStart) ?? lines.length).map((l) => l.trim()).filter((l) => l !== '').slice(0, 12).join(' ');
  const report = EXECUTION_REPORT.exec(head);
  // (Also when its table's «Отметка об исполнении» column already made its rows a report's: the warning says why nothing is planned.)
  if (report && (assignments.length > 0 || extensions.length === 0) && header.kind !== 'letter' && !KIND_BEFORE_REPORT.test(head.slice(0, report.index))) {
    warnings.push({ line: null, code: 'no_assignments', message: `${doc.file}: это отчёт об исполнении поручений («${report[0].trim()}»), а не поручения — сроки в нём прошлые, планировать нечего` });
    assignments.length = 0;
  } else if (assignments.length === 0 && extensions.length === 0) {
    warnings.push({ line: null, code: 'no_assignments', message: `${doc.file}: поручений не найдено — планировать нечего` });
  }

  return {
    source: { file: doc.file, format: doc.format, sha256: doc.sha256 },
    protocol: header,
    items,
    noted,
    assignments,
    extensions,
    controller,
    warnings,
  };
}

/**
 * «Контроль за исполнением … возложить на … Мельникова В.В. Отчет об исполнении Постановления представить в срок до
 * 15.12.2013.»: an ask with a term written after the control sentence, in the same item. Its executors are those it
 * names; none named, it is an ask of no one (the controller is not taken for the reporter: the text does not say so).
 */
function askAfterControl(c: Clause, dl: DeadlineReader): { text: string; executors: ExecutorPhrase[]; deadline: Deadline } | null {
  const sentences = sentencesOf(squash(c.main.text));
  if (sentences.length < 2) return null;
  const tail = sentences.slice(1).join(' ').trim();
  if (!(hasInfinitive(tail) || startsWithInfinitive(tail)) || CONTROL.test(tail) || APPROVAL.test(tail) || IN_FORCE.test(tail) || NOTED.test(tail) || PROCEDURAL.test(tail)) return null;
  const deadline = dl.find(tail, { ask: true });
  if (!deadline || !isDue(deadline)) return null;
  return { text: tail, executors: splitExecutors(tail)?.executors ?? [], deadline };
}

/**
 * The executors of the document's last item when the copy ends inside it, before any verb: «2. Муниципальному предприятию
 * «Коммунальное хозяйство» (К», «4. Рекомендовать Управлению … по Рязанс». Only a phrase that opens with a dative head (after
 * an optional lead) and holds no infinitive; an unclosed parenthesis at the cut is dropped.
 */
function cutItemExecutors(c: Clause): { executors: ExecutorPhrase[]; recommendation: boolean } | null {
  if (c.subs.length > 0 || c.children.length > 0 || c.deadlineBlocks.length > 0 || c.responsibleBlocks.length > 0) return null;
  let t = squash(c.main.text);
  if (/[.;:!?»")]\s*$/u.test(t) || hasInfinitive(t) || t.length < 8) return null;
  const lead = /^(рекомендовать|поручить|предложить)\s+/iu.exec(t);
  if (lead) t = t.slice(lead[0].length);
  const first = /^[А-ЯЁа-яё]+/u.exec(t)?.[0] ?? '';
  if (!isDativeWord(first) || /^(?:во?|до|к|по|при)$/iu.test(first) || (!lead && !/^[А-ЯЁ]/u.test(first))) return null;
  const phrase = t.replace(/\s*\([^)]*$/u, '').replace(/[\s,–—-]+$/u, '');
  const executors = splitList(phrase).map((p): ExecutorPhrase => ({ role: 'executor', text: p }));
  return executors.length > 0 ? { executors, recommendation: lead !== null && !/^поручить/iu.test(lead[1]!) } : null;
}

/** «Разрешить …», «Предоставить право …»: a permission asks nothing. */
const PERMISSION = /^(?:разрешить|предоставить\s+право)(?![\p{L}])/iu;

/** A letter's last words «Просим довес», «Прошу обеспеч»: the ask and the start of its verb, the rest lost with the copy. */
const CUT_ASK = /^(?:просим|прошу)\s+(?:(?:вас|также|в\s+срок)\s+)?[а-яё]{2,}$/iu;

/** A letter's sentence that tells: «… информирует о проведении …», «… сообщает, что …», «Доводим до Вашего сведения …». */
const TELLS = /(?<![\p{L}])(?:информирует|информируем|сообщает|сообщаем|уведомляет|уведомляем|доводит|доводим|напоминает|напоминаем)(?![\p{L}])/iu;
/** A reply's opening: «Во исполнение письма … сообщает», «На Ваш запрос от … № … сообщаем», «В ответ на письмо … направляем». */
const REPLY_TELLS =
  /^(?:во\s+исполнение|в\s+ответ\s+на|на\s+(?:ваш|запрос|письмо|обращение)|по\s+(?:вашему\s+)?запросу|в\s+соответствии\s+с\s+(?:вашим\s+)?(?:письмом|запросом))(?![\p{L}])[^]*?(?<![\p{L}])(?:сообщает|сообщаем|информирует|информируем|докладывает|докладываем)(?![\p{L}])/iu;
/** What a letter tells, not asks: «Министерство … доводит до вашего сведения, что …», «… информирует, что …». */
const INFORMS = /(?<![\p{L}])(?:доводит|доводим|доводится)\s+до\s+(?:вашего\s+|Вашего\s+|всеобщего\s+)?сведения|(?<![\p{L}])(?:информирует|информируем|сообщает|сообщаем|уведомляет|уведомляем),?\s+что(?![\p{L}])/iu;

/** A letter's paragraph opening with its infinitive: «Подготовить …», «Для собеседования подготовить …», «При себе иметь …». */
// («в течение 5 рабочих дней с даты настоящего письма назначить … лицо, ответственное …»: the term first, then the verb.)
const INFINITIVE_OPENING = /^(?:(?:для|при)\s+[а-яё]+\s+|(?:в\s+течение\s+(?:\d{1,3}|[а-яё]+)\s+(?:\([а-яё]+\)\s+)?(?:рабочих\s+|календарных\s+)?(?:дн|сут|недел|месяц)[а-яё]*(?:\s+(?:со?\s+(?:даты|дня|момента)|после)\s+[а-яё]+(?:\s+[а-яё]+){0,3})?|(?:в\s+срок\s+)?(?:до|не\s+позднее)\s+\d{1,2}(?:\.\d{1,2}\.\d{2,4}\s*(?:г\.|года)?|\s+[а-яё]+(?:\s+\d{4}\s*(?:г\.|года)?)?)|в\s+(?:\d+-?)?[а-яё]*дневный\s+срок)\s+)?([а-яё]{2,}(?:ть|ти))\s/iu;

/** «… запрещено проводить выставки …», «не допускается складировать …»: what is forbidden or allowed, no task. */
const PROHIBITION = /(?<![\p{L}])(?:запрещен[оаы]?|запрещается|запрещаются|не\s+допускается|не\s+разрешается)\s+(?:[^\s.]+\s+){0,3}?[а-яё]+(?:ть|ти)(?:ся)?(?![\p{L}])/iu;

/**
 * Whether the sentence's own predicate is a ban («… запрещено проводить выставки …, торговать … и вывозить …»), not a ban
 * inside a clause of time or condition («… когда запрещено разводить костры, организовать патрулирование …»).
 */
function prohibits(sentence: string): boolean {
  const m = PROHIBITION.exec(sentence);
  if (m === null || hasInfinitive(sentence.slice(0, m.index))) return false;
  return !/(?<![\p{L}])(?:когда|где|если|пока|в\s+случае)(?![\p{L}])[^,]*$/iu.test(sentence.slice(0, m.index));
}

/** «В срок до 19 октября коммунальным организациям поручено окончательно завершить …»: a story of an order given elsewhere. */
const REPORTED_ORDER = /(?<![\p{L}])(?:поручено|поручил[аио]?|рекомендовано|предложено|поручалось)(?![\p{L}])/iu;
/** A news item's report that orders were given: «… распоряжением рекомендовано …», «Губернатор дал перечень поручений …». */
const RETELLING = /(?<![\p{L}])(?:(?:распоряжением|постановлением|приказом|решением)\s+(?:[^\s.]+\s+){0,4}?(?:рекомендовано|поручено|предписано|предложено)|дал[аи]?\s+(?:[а-яё]+\s+){0,2}поручени[йяе]|(?:поручил|поручила|поручили)\s+(?:[а-яё]+\s+){0,3}(?:[а-яё]+(?:ам|ям|ому|ему))|(?:[а-яё]+(?:ам|ям|ому|ему|ию))\s+(?:[^\s.]+\s+){0,5}(?:поручил|поручила|поручили|рекомендовали|предложили|поручают|рекомендуют|предлагают|рекомендовано|поручено|предложено)\s+(?:[^\s.]+\s+){0,3}?[а-яё]+(?:ть|ти))(?![\p{L}])/iu;

/** The warning for an assignment that names no executor: its reminders go to the operator. */
function executorMissing(c: Clause): ParseWarning {
  return { line: c.line, code: 'executor_missing', message: `${itemLabel(c.item)}: поручение без исполнителя — напоминания пойдут оператору` };
}

/** A clause first read as «other» that turned out to order something: listed (or relisted) as an assignment. */
function markAssignment(items: ItemOutline[], c: Clause, text: string): void {
  const last = items[items.length - 1];
  if (last && last.line === c.line && last.item === c.item) last.kind = 'assignment';
  else items.push({ item: c.item, line: c.line, parent: c.parent, kind: 'assignment', text });
}

/** The deadline grammar with the document's context, remembering phrases it has read: protocols repeat their «Срок» lines. */
interface DeadlineReader {
  ctx: DeadlineContext;
  /** The month or year a plan's title names («План работы … на сентябрь 2018 года», «… на 2020 год»): what its day and month cells belong to. */
  plan: PlanPeriod | null;
  parse(phrase: string): Deadline;
  find(text: string, options?: { rule?: boolean; ask?: boolean }): Deadline | null;
}

interface PlanPeriod {
  year: number;
  /** 1–12, or null when the title names the year only. */
  month: number | null;
}


/** «на сентябрь 2018 года», «Сентябрь 2018» on a line of its own, «на 2020 год» in a plan's first lines. */
/**
 * Who reports, when a schedule's title names them in the instrumental and its rows do not: «Состав форм и сроки
 * представления сводной месячной бюджетной отчетности главными распорядителями средств бюджета …, главными
 * администраторами доходов бюджета …» → «Главные распорядители средств бюджета …», «Главные администраторы доходов …».
 */
function reportersOfTitle(head: readonly string[]): string[] {
  const m = /(?<![\p{L}])(?:представлени[яе]|сдачи)\s[^.\n]{0,120}?(?:отч[её]тност[иь]|отч[её]тов|отч[её]та|сведений|информации)\s+((?:[а-яё]+(?:ыми|ими)\s+)?[а-яё]+(?:ами|ями)\s[^\n]+?)(?:\s+(?:на|за|в)\s+(?:19|20)\d{2}|\s*$)/imu.exec(head.join('\n'));
  if (!m) return [];
  return m[1]!
    .split(/\s*,\s*|\s+и\s+(?=[а-яё]+(?:ыми|ими|ами|ями)\s)/u)
    .map((part) => {
      const words = part.trim().split(/\s+/u);
      let k = 0;
      for (; k < words.length && /(?:ыми|ими|ами|ями)$/u.test(words[k]!); k += 1) {
        words[k] = words[k]!.replace(/ыми$/u, 'ые').replace(/ими$/u, 'ие').replace(/циями$/u, 'ции').replace(/иями$/u, 'ия').replace(/ями$/u, 'и').replace(/ами$/u, 'ы');
      }
      return k > 0 ? capitalizeFirst(properNamesCapitalized(words.join(' '))) : '';
    })
    .filter((t) => t !== '');
}

function planPeriod(head: readonly string[]): PlanPeriod | null {
  const text = head.join('\n');
  if (!/(?<![\p{L}])план(?![\p{L}])/iu.test(text)) return null;
  const month = new RegExp(`(?:(?<![\\p{L}])на\\s+|^\\s*)(${MONTHS_NOMINATIVE.join('|')})\\s+((?:19|20)\\d{2})(?:\\s*(?:года|г\\.))?`, 'imu').exec(text);
  if (month) return { year: Number(month[2]), month: (MONTHS_NOMINATIVE as readonly string[]).indexOf(month[1]!.toLowerCase()) + 1 };
  const year = /(?<![\p{L}])(?:на\s+((?:19|20)\d{2})\s+год|в\s+((?:19|20)\d{2})\s+году)(?![\p{L}])/iu.exec(text);
  return year ? { year: Number(year[1] ?? year[2]), month: null } : null;
}

/** The period of a plan whose title is not at the top: an order's annex «ПЛАН МЕРОПРИЯТИЙ / … на 2025 год». */
function annexedPlanPeriod(lines: readonly string[]): PlanPeriod | null {
  const at = lines.findIndex((l, i) => i >= 15 && /^\s*план(?:\s|$)/iu.test(l));
  return at >= 0 ? planPeriod(lines.slice(at, at + 4)) : null;
}

const WEEKDAYS = ['воскресенье', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота'];

/**
 * A plan's cell that is a day («1 (суббота)», «14») under a title that names the month, or a month («Январь», «март»)
 * under one that names the year: the day or the month of that period. A weekday that does not fit the date reads nothing.
 */
function planCellDeadline(cell: string, dl: DeadlineReader): Deadline | null {
  const plan = dl.plan;
  if (plan === null) return null;
  const t = cell.trim().replace(/[.,;]$/u, '');
  const day = /^(\d{1,2})(?:\s*\(\s*(понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)\s*\))?$/iu.exec(t);
  if (day && plan.month !== null) {
    const read = dl.parse(`${day[1]!} ${MONTHS_GENITIVE[plan.month - 1]!} ${plan.year} года`);
    if (read.kind !== 'date' || read.date === null) return null;
    if (day[2] !== undefined && WEEKDAYS[new Date(`${read.date}T12:00:00Z`).getUTCDay()] !== day[2].toLowerCase()) return null;
    return { ...read, text: t };
  }
  const month = (MONTHS_NOMINATIVE as readonly string[]).indexOf(t.toLowerCase());
  // (A plan titled «на сентябрь 2016 года» whose rows say «октябрь» still means that year.)
  if (month >= 0) {
    const read = dl.parse(`${t} ${plan.year} года`);
    return read.kind === 'period' ? { ...read, text: t } : null;
  }
  // A plan with no date of its own: a cell with no year («вторая декада апреля», «до 1 мая») is in the year its title names.
  if (dl.ctx.documentDate === null && !/\d{4}|\d{1,2}\.\d{1,2}\.\d{2}/u.test(t)) {
    const read = parseDeadline(t, { ...dl.ctx, documentDate: `${plan.year}-${String(plan.month ?? 1).padStart(2, '0')}-01` as IsoDate });
    if ((read.kind === 'date' || read.kind === 'period') && read.date !== null && read.date.startsWith(String(plan.year))) return read;
  }
  return null;
}

function deadlineReader(ctx: DeadlineContext, plan: PlanPeriod | null = null): DeadlineReader {
  const parsed = new Map<string, Deadline>();
  const found = new Map<string, Deadline | null>();
  return {
    ctx,
    plan,
    parse(phrase) {
      let d = parsed.get(phrase);
      if (d === undefined) {
        d = parseDeadline(phrase, ctx);
        parsed.set(phrase, d);
      }
      return d;
    },
    find(text, options = {}) {
      const key = `${options.rule ? 'r' : 'f'}${options.ask ? 'a' : ''}|${text}`;
      if (found.has(key)) return found.get(key) ?? null;
      const d = findDeadline(text, ctx, options);
      found.set(key, d);
      return d;
    },
  };
}

/** The due day of an item restated in quotes («"8.2. До III квартала 2007 года … подобрать …"»), as the deadline grammar reads it. */
function restatedTerm(text: string, ctx: DeadlineContext): IsoDate | null {
  // The restated item opens a quote, with its own number or without: «"8.2. До III квартала 2007 года …», «"Провести … по апрель 2005 г."».
  const quoted = /^[\s:]*[«"“]\s*(?:\d+(?:\.\d+)*\.?\s+)?([\s\S]+)$/u.exec(text);
  if (!quoted) return null;
  // A term that opens the item («До III квартала 2007 года совместно с …») is its deadline.
  const opening = /^(?:до|не\s+позднее|в\s+срок\s+до|к)\s+[^,;]{3,60}?(?:года|г\.)/iu.exec(quoted[1]!);
  const d = opening ? parseDeadline(opening[0], ctx) : findDeadline(quoted[1]!, ctx, { ask: true });
  if (d && (d.kind === 'date' || d.kind === 'period')) return d.date;
  // «Провести конкурс … с сентября 2003 г. по апрель 2005 г.»: the restated window's new end.
  const window = /(?<![\p{L}])(?:с\s+[^"«»;]{3,40}?\s+)?по\s+[^"«»;]{3,40}?\d{4}(?:\s*(?:года|г\.?))?/u.exec(quoted[1]!);
  const end = window ? parseDeadline(window[0], ctx) : null;
  if (end && (end.kind === 'date' || end.kind === 'period')) return end.date;
  // «… заменить словами «III квартал 2018 года»»: a short quote that is a term as a whole.
  const whole = /^([^«»"“”]{3,40})[»"”]/u.exec(quoted[1]!);
  const term = whole ? parseDeadline(whole[1]!, ctx) : null;
  return term && (term.kind === 'date' || term.kind === 'period') ? term.date : null;
}

/** «…, итоговую информацию – не позднее 20 мая 2016 года», «, итоговый отчет – до 1 декабря»: a report owed once after a schedule. */
const FINAL_REPORT = /,\s*(?:а\s+)?[а-яё]+(?:ую|ый|ой|ие|ые)\s+(?:информаци|отч[её]т|сведени|доклад|справк)[а-яё]*\s*[–—-]\s*((?:в\s+срок\s+)?(?:до|не\s+позднее|к)\s+\d{1,2}[^,;.]{2,30}?(?:\d{4}\s*(?:года|г\.?)?)?)(?=\s*[.;,]|\s*$)/u;

/** A report's title: «ИНФОРМАЦИЯ о выполнении поручений …», «Отчет об исполнении решений …», «Справка о ходе реализации плана …». */
const EXECUTION_REPORT = /(?:^|\s)(?:информация|отч[её]т|справка)\s+(?:о|об)\s+(?:ходе\s+)?(?:выполнени|исполнени|реализаци)[а-яё]*\s+(?:поручени|решени|протокол|плана|мероприяти)/iu;
/** A kind word before it makes the report an act's subject («Постановление … Об отчете …»), not the document itself. */
const KIND_BEFORE_REPORT = /(?<![\p{L}])(?:постановлени|распоряжени|приказ|решени|указ|протокол)[а-яё]*(?![\p{L}])/iu;

/** «по всем указанным вопросам», «по всем перечисленным вопросам»: what a letter's closing paragraph says of every ask. */
/** A letter's paragraph that only says where answers go: «Информацию направлять в отдел … на адрес …», «Ответ просим направить …». */
const SEND_ONLY = /^(?:(?:указанную|данную|запрашиваемую|вышеуказанную)\s+)?(?:информаци[юя]|сведения|отч[её]ты?|ответы?|материалы|предложения)\s+(?:(?:прошу|просим)\s+)?(?:направлять|представлять|предоставлять|направить|представить|предоставить)\s[^.]*(?:@|электронн)/iu;
const ALL_ASKS_TO = /(?<![\p{L}])по\s+всем\s+(?:указанным|перечисленным|вышеуказанным|вышеперечисленным|названным)?\s*вопросам(?![\p{L}])/iu;

/** «…, до 1 марта 2019 года утвердить …», «а до 15 марта … представить …»: one more action after a comma with a day of its own. */
// («… подключение … школ, больниц не позднее 15 октября, жилищного фонда не позднее 20 октября»: a second object of the same
// verb with a later term of its own.)
const MORE_DATED_ACTION = /,\s*[а-яё]+(?:ого|его|ых|их|ой|ей)\s+[а-яё]+[ауыи](?:\s+[а-яё]+){0,2}\s+(?:не\s+позднее|до|к)\s+\d{1,2}(?:\s+[а-яё]+|\.\d{1,2}\.\d{2,4})|,\s*(?:а\s+)?(?:в\s+срок\s+)?(?:до|к|не\s+позднее)\s+\d{1,2}(?:\.\d{1,2}\.\d{2,4}(?:\s*г(?:ода|\.)?)?|[^.;,]{0,40}?)\s[а-яё]{4,}(?:ать|ять|еть|ить|ти)(?=[\s,])|[\s,]и\s+(?:[^.;]*?\s)?[а-яё]{4,}(?:ать|ять|еть|ить|ти)(?=[\s,])/u;

/** «пункт 1.2», or «пункт без номера» for an unnumbered clause. */
function itemLabel(item: string | null): string {
  return item === null ? 'пункт без номера' : `пункт ${item}`;
}

function deadlineLine(c: Clause): number {
  return c.deadlineBlocks[0]?.line ?? c.line;
}

/** «Ответственные: Иванов И.И., Управление образования» → the names as written. */
/** A word that may be a genitive singular: «культуры», «спорта», «молодежи», «городского». */
/** Plurals of people in the nominative that head an addressee: «жители …», «владельцы …», «руководители …». */
const PEOPLE_PLURAL = /жители|граждане|владельцы|собственники|арендаторы|пользователи|руководители|главы|директора|председатели|представители|работники|сотрудники/u;
const PEOPLE_AFTER_AND = new RegExp(`^(.*\\S)\\s+и\\s+((?:${PEOPLE_PLURAL.source})\\s.*)$`, 'iu');
const PEOPLE_ALONE = new RegExp(`^(?:${PEOPLE_PLURAL.source})$`, 'iu');

/** A plural of places, then a place's name: «… сельских поселений Казым», «… поселений Казым, Лыхма». */
const PLACES_OF = /(?:поселени[йя]|районов|округов|сел|деревень|населенных\s+пунктов|муниципальных\s+образований)\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?(?:,\s*[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?)*\s*$/u;

/** A participle that tells of the name before it: «расположенных», «осуществляющих», «входящие», «подведомственных». */
const PARTICIPLE_AFTER_NAME = /^[а-яё]{3,}(?:(?:ющ|ящ|ащ|ущ|вш)(?:их|ие|ий|ая|ее|его|ей|им|ими)|(?:енн|анн|янн|ённ)(?:ых|ого|ой))$/u;

function genitiveLike(w: string): boolean {
  // («Управление культуры, молодежной политики и туризма»: a feminine adjective in the genitive, «-ной», «-ской», opens the run too.)
  return w.length > 3 && /(?:[^аеиоуыэюя][аяыи]|ого|его|ия|ии|ей|ов|ев|ий|[нк]ой)$/u.test(w);
}

/** Commas and semicolons inside quotes («ФГУ "… центр стандартизации, метрологии …"») are part of a name: hidden while a list is split. */
const QUOTED_SEPARATOR = '\u0001';

function hideQuotedSeparators(text: string): string {
  let inStraight = false;
  let depth = 0;
  let out = '';
  for (const ch of text) {
    if (ch === '"') inStraight = !inStraight;
    else if (ch === '«') depth += 1;
    else if (ch === '»') depth = Math.max(0, depth - 1);
    out += (ch === ',' || ch === ';') && (inStraight || depth > 0) ? (ch === ',' ? QUOTED_SEPARATOR : `${QUOTED_SEPARATOR}${QUOTED_SEPARATOR}`) : ch;
  }
  return out;
}

function splitNominative(cell: string): string[] {
  // («Управление культуры, молодеж- / ной политики и туризма / (Гусева Н.В.)»: a cell's word hyphenated at its line's end, and the
  // lines that go on in lower case or with the person's parenthesis, are one name.)
  // (Not a name of its own on the next line after a person's initials: «Иванов И.И. / главы поселений».)
  const text = cell.replace(/(?<=\p{Ll})[-‐]\n(?=\p{Ll})/gu, '').replace(/(?<![А-ЯЁ]\.|[,;])\n(?=[\p{Ll}(])/gu, ' ');
  // («Администрация Псковского района совместно с ГКУ ПО «УКС»», «ТУ … совместно с Отделом МВД России»: the partners, in the
  // instrumental, answer too.)
  const [own, partners] = text.split(/\s+совместно\s+со?\s+/u);
  const joint = partners === undefined ? [] : splitPartners(partners).map((p) => capitalizeFirst(toNominative(p.trim())));
  return [...splitNominativeBare(hideQuotedSeparators(own!)).map((p) => p.replaceAll(`${QUOTED_SEPARATOR}${QUOTED_SEPARATOR}`, ';').replaceAll(QUOTED_SEPARATOR, ',')), ...joint];
}

/** A text that ends with a person's surname and initials. */
const NAME_AT_END = new RegExp(`(?:^|\\s)${SURNAME_INITIALS}\\s*$`, 'u');

/** A single person's post in lower case: «заведующий поликлиникой», «заместитель главного врача по …». */
const POST_AFTER_NAME = /^(?:заведующ(?:ий|ая)|заместитель|начальник|директор|главный|ведущий|старший|специалист|консультант|инспектор|председатель|руководитель|секретарь|советник|помощник|методист|учитель|врач|глава)(?:\s|$)/u;

function splitNominativeBare(text: string): string[] {
  return text
    .replace(ROLE_NOTE, '')
    // «ОНДиПР по Белоярскому району – по согласованию»: the note written after a dash, not in parentheses.
    .replace(/\s*[–—-]\s*по\s+согласованию(?![\p{L}])/giu, '')
    // «ГБОУ №№ 26, 39, 268»: a comma before a number continues a list of numbers, not of names.
    // «Чуева Г. Х..Кл. рук.»: a second dot after an initial parts two names.
    // «Михайлова Н.Н. Лабецкая Е.Л.»: names with their initials one after another, with nothing between.
    .split(/\s*[;,](?!\s*\d)\s*(?![А-ЯЁ]\.)|\s*\n\s*|(?<=(?:^|[\s.])[А-ЯЁ]\.)\.\s*(?=[А-ЯЁ])|(?<=(?:^|\s)[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.)\s+(?=[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.)/u)
    // «ТФОИВ, ОИВ, ОМСУ и организации»: after a lone abbreviation «и» joins two executors («ГО и ЧС» stays one name).
    .flatMap((p) => {
      const pair = /^\s*([А-ЯЁ]{2,6})\s+и\s+(?![А-ЯЁ]{2,6}(?![\p{L}]))(\S.*)$/u.exec(p);
      if (pair) return [pair[1]!, pair[2]!];
      // «… учреждений и жители Октябрьского района»: «и» before a plural of people in the nominative opens another addressee.
      const people = PEOPLE_AFTER_AND.exec(p);
      return people ? [people[1]!, people[2]!] : [p];
    })
    // «Отдел физической культуры, спорта и туризма»: a genitive run after a genitive is the same name.
    .reduce<string[]>((acc, p) => {
      const previous = acc[acc.length - 1];
      const first = /^\s*(\p{Ll}+)/u.exec(p)?.[1];
      const last = previous === undefined ? undefined : /(\p{Ll}+)\s*$/u.exec(previous)?.[1];
      // «Администрации Калининского, Ленинского, Московского районов»: adjectives that share the noun after the last one.
      const lastWord = previous === undefined ? undefined : /(\p{L}+)\s*$/u.exec(previous)?.[1];
      const firstWord = /^\s*(\p{L}+)/u.exec(p)?.[1];
      const sharedNoun = lastWord !== undefined && firstWord !== undefined && /^\p{Lu}\p{Ll}+(?:ого|его)$/u.test(lastWord) && /^\p{Lu}\p{Ll}+(?:ого|его)$/u.test(firstWord) && lastWord.slice(-4) === firstWord.slice(-4);
      // «Ляпина О.А., заведующий поликлиникой»: the post written after a person's name is that person's.
      const post = previous !== undefined && NAME_AT_END.test(previous) && POST_AFTER_NAME.test(p.trim());
      // («главы сельских поселений Казым, Лыхма, Сорум, Полноват»: the places named after the plural that holds them.)
      // (Not a body: «… Казым, Лыхма, Росгвардия», «Роспотребнадзор».)
      const place = previous !== undefined && PLACES_OF.test(previous) && /^\s*[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?[.;]?\s*$/u.test(p) && !NAME_AT_END.test(p) && !/^\s*(?:Рос|Гос|Мин|Фед|Обл|Рай)|(?:надзор|гвардия|инспекция|служба|хоз|сервис|энерго|транс|связь|банк)/iu.test(p);
      // «Органы местного самоуправления муниципальных образований, расположенных на территории …», «Руководители организаций,
      // осуществляющих …»: a participle after the comma tells of the name before it.
      // («Муниципальные образования, не представившие отчеты …»: a negated participle picks out which of them, as the dative's
      // «…, не представившим информацию, представить …» does, and names no one else: left out.)
      const negated = /^\s*не\s+(\p{Ll}+)/u.exec(p)?.[1];
      if (previous !== undefined && negated !== undefined && PARTICIPLE_AFTER_NAME.test(negated)) return acc;
      const participle = previous !== undefined && first !== undefined && /^\s*\p{Ll}/u.test(p) && PARTICIPLE_AFTER_NAME.test(first) && !NAME_AT_END.test(previous);
      if (previous !== undefined && (sharedNoun || post || place || participle || (first && last && genitiveLike(first) && genitiveLike(last) && !ORG_NOMINATIVE.test(first) && !PEOPLE_ALONE.test(first)))) acc[acc.length - 1] = `${previous}, ${p.trim()}`;
      else acc.push(p);
      return acc;
    }, [])
    // «Кузнецова К.К.»: the dot after an initial stays, and so does an abbreviation's after another («Кл. рук.», «зам. дир.»).
    .map((p) => (/(?:^|[\s.])[А-ЯЁ]\.$|(?:^|\s)\p{L}{1,5}\.\s*\p{L}{1,5}\.$/u.test(p.trim()) ? p.trim() : stripTrailingPunctuation(p.trim())))
    .filter((p) => p !== '' && /[А-ЯЁа-яё]/u.test(p));
}

function addresseeRefs(
  addressees: { text: string; line: number; nominative?: boolean },
  route: (phrase: string) => string | null,
  options: ParseOptions,
  warnings: ParseWarning[],
): ExecutorRef[] {
  const phrases = addressees.nominative ? splitNominative(addressees.text) : splitList(addressees.text);
  return phrases.map((phrase) => {
    const name = addressees.nominative ? capitalizeFirst(phrase) : toNominative(phrase);
    const ref = route(phrase);
    if (options.directory && ref === null) warnings.push(unmatched(addressees.line, name));
    return { role: 'executor' as const, text: phrase, name, ref };
  });
}

/**
 * «оставляю за собой» under «Министр   В.Л.Мутко» in an order of «Министерство спорта Российской Федерации»: the post
 * completed from the issuer («Министр спорта Российской Федерации Мутко В.Л.»); the signature as written otherwise.
 */
function signerWithPost(signature: string | null, signatory: string | null, body: string | null): string | null {
  if (signature === null) return null;
  const bare = /^(министр|глава|губернатор|мэр|руководитель|директор|начальник|председатель)\s+(?=\S*[А-ЯЁ]\.)/iu.exec(signature);
  // «К.В.КЛИМОВ» alone under an act of «Мэр г. Братска»: the post is the issuer's.
  const nameOnly = /^(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][А-ЯЁа-яё-]+$|^[А-ЯЁ][А-ЯЁа-яё-]+\s+(?:[А-ЯЁ]\.\s?){1,2}$/u.test(signature.trim());
  if (nameOnly && body && signatory && /^(?:министр|глава|губернатор|мэр|руководитель|директор|начальник|председатель)\s/iu.test(body)) return `${body} ${signatory}`;
  if (!bare || !body || !signatory) return withName(signature, signatory);
  const post = bare[1]!.toLowerCase();
  const ministry = /^Министерств[оа]\s+(.+)$/u.exec(body);
  if (post === 'министр' && ministry) return `Министр ${ministry[1]!} ${signatory}`;
  const administration = /^Администраци[яи]\s+(.+)$/u.exec(body);
  if (post === 'глава' && administration) return `Глава администрации ${administration[1]!} ${signatory}`;
  if (body.toLowerCase().startsWith(`${post} `)) return `${body} ${signatory}`;
  // «Руководитель / Р.Е.АРТЮХИН» of «Федеральное казначейство»: the head of the body, in the genitive.
  if (/^(?:руководитель|директор|начальник|председатель)$/u.test(post)) {
    const of = bodyGenitive(body);
    if (of) return `${capitalizeFirst(post)} ${of} ${signatory}`;
  }
  return withName(signature, signatory);
}

/** «Глава администрации городского округа С.И.ВАСИЛЬЕВ» → «… Васильев С.И.»: the name at the end as the header writes it. */
function withName(signature: string, signatory: string | null): string {
  if (signatory === null) return signature;
  const name = /(?:^|\s)((?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][А-ЯЁа-яё-]+|[А-ЯЁ][А-ЯЁа-яё-]+\s+(?:[А-ЯЁ]\.\s?){1,2})$/u.exec(signature.trim());
  if (!name) return signature;
  const head = signature.trim().slice(0, name.index).trim();
  return head === '' ? signatory : `${head} ${signatory}`;
}

/** «Федеральное казначейство» → «Федерального казначейства», «Федеральная служба по …» → «Федеральной службы по …»: the head noun and the adjectives before it. */
function bodyGenitive(body: string): string | null {
  const words = body.split(/\s+/u);
  const out: string[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i]!;
    const adjective = /^(\p{L}+)(ое|ая|ый|ий|ой)$/u.exec(w);
    if (adjective && i < words.length - 1) {
      const ending = { ое: 'ого', ая: 'ой', ый: 'ого', ий: 'ого', ой: 'ого' }[adjective[2]!]!;
      out.push(adjective[1]! + (adjective[2] === 'ий' && /[гкхжшчщ]$/u.test(adjective[1]!) ? 'ого' : ending));
      continue;
    }
    const noun = /^(\p{L}+?)(ство|ие|ия|ция|а|я|)$/u.exec(w);
    if (!noun) return null;
    const stem = noun[1]!;
    const head =
      noun[2] === 'ство' ? `${stem}ства` : noun[2] === 'ие' ? `${stem}ия` : noun[2] === 'ия' ? `${stem}ии` : noun[2] === 'ция' ? `${stem}ции`
        : noun[2] === 'а' ? `${stem}${/[гкхжшчщ]$/u.test(stem) ? 'и' : 'ы'}` : noun[2] === 'я' ? `${stem}и` : /[бвгдзклмнпрстфхц]$/u.test(stem) ? `${stem}а` : null;
    if (head === null) return null;
    return [...out, head, ...words.slice(i + 1)].join(' ');
  }
  return null;
}

/**
 * Who «оставляю за собой» names when the copy lost the signature: the one who signed the act
 * the control sentence names («Контроль за исполнением данного Постановления …» → «подписавший постановление»).
 */
function signerOf(control: string): string {
  const act = /исполнени(?:ем|я)\s+(?:(?:настоящего|данного|этого|указанного)\s+)?(постановлени|распоряжени|приказ|решени|протокол)/iu.exec(control)?.[1]?.toLowerCase();
  const nominative: Record<string, string> = { постановлени: 'постановление', распоряжени: 'распоряжение', приказ: 'приказ', решени: 'решение', протокол: 'протокол' };
  return `подписавший ${act !== undefined ? nominative[act]! : 'документ'}`;
}

function readController(c: Clause, self: string | null, route: (phrase: string) => string | null): ControllerRef | null {
  const t = squash(c.main.text);
  // «Контроль: Сидоров С.С., заместитель главы города.»: the controller named in the nominative on a line of its own.
  const line = CONTROL_LINE.exec(t);
  if (line) {
    const phrase = stripTrailingPunctuation(line[1]!);
    if (/^(?:за\s+собой|оставляю\s+за\s+собой)$/iu.test(phrase)) return { text: 'за собой', name: self ?? signerOf(t), ref: null };
    return { text: phrase, name: phrase, ref: route(phrase) };
  }
  // «Ответственным за контроль исполнения поручений определить Министерство экономического развития …»: who controls, appointed.
  const appointed = CONTROL_APPOINTED.exec(t);
  if (appointed) {
    const phrase = stripTrailingPunctuation(appointed[1]!);
    // (After a dash the one named is in the nominative already.)
    if (!/\s(?:определить|назначить)\s/iu.test(appointed[0].slice(0, appointed[0].length - appointed[1]!.length + 1))) return { text: phrase, name: phrase, ref: route(phrase) };
    return { text: `на ${phrase}`, name: toNominative(`на ${phrase}`), ref: route(phrase) };
  }
  const ensure = CONTROL_ENSURE.exec(t);
  if (ensure) {
    const phrase = stripTrailingPunctuation(ensure[1]!);
    return { text: phrase, name: toNominative(phrase), ref: route(phrase) };
  }
  const v = CONTROL_VOZLOZHIT.exec(t);
  if (v) {
    const phrase = stripTrailingPunctuation(v[1] ?? v[2]!);
    return { text: `на ${phrase}`, name: toNominative(`на ${phrase}`), ref: route(phrase) };
  }
  const m = CONTROL.exec(t);
  if (!m) return null;
  const prep = m[1] ?? '';
  // The sentence ends at «. » before a capital, unless the dot closes an initial or an abbreviation («зам. Мэра», «г. Томска»).
  // («… Мельникова В.В. Отчет …»: a surname’s initials end the sentence too, unless a surname follows them: «… А.Н. Арипова и …».)
  const phrase = stripTrailingPunctuation(
    m[2]!.replace(/(?<=[А-ЯЁ][а-яё]+\s[А-ЯЁ]\.\s?[А-ЯЁ]\.)\s+(?![А-ЯЁ][а-яё]*(?:ова|ева|ёва|ина|ына|ого|его|ую|ову|еву|ину|ой|ей|ича)\s)[А-ЯЁ][а-яё]{2,}\s.*$/u, '').replace(/(?<!(?:^|[\s.(])(?:[А-ЯЁ]|зам|г|им|ул|д|пр|гг|т|тыс|руб|ст|п|пп|ч|обл|р-на))\.\s+[А-ЯЁ][а-яё]{2,}\s.*$/u, ''),
  );
  if (/^собой$/iu.test(phrase)) return { text: 'за собой', name: self ?? signerOf(t), ref: null };
  const text = prep ? `${prep} ${phrase}` : phrase;
  return { text, name: toNominative(text), ref: route(phrase) };
}

/** Whether `short` names again one named in full as `full`: each of its words begins a word of `full` («главы поселений» in «Главы городских и сельских поселений района»). */
function restates(full: string, short: string): boolean {
  const stems = (t: string): string[] => (t.toLowerCase().replace(/ё/gu, 'е').match(/\p{L}{3,}/gu) ?? []).map((w) => w.slice(0, 5));
  const numbers = (t: string): string => (t.match(/\d+/gu) ?? []).join(' ');
  const whole = stems(full);
  const part = stems(short);
  // (The head first, and the same numbers: «администрация района» does not restate «Комитету … администрации района», nor «СОШ № 2» «СОШ № 1».)
  const same = (a: string, b: string): boolean => a.startsWith(b) || b.startsWith(a);
  // (A name written inside the full one — «Управление ЖКХ (ответственный исполнитель - Шель О.В.)» / «Шель О.В.» — is it too.)
  if (full.toLowerCase().includes(short.trim().toLowerCase())) return true;
  return part.length > 0 && whole.length > 0 && same(part[0]!, whole[0]!) && numbers(full) === numbers(short) && part.every((w) => whole.some((x) => same(x, w)));
}

/** «(ответственный – Иванов И.И., срок – до 01.03.2024)», «(исполнитель: отдел ЖКХ)», «(отв. – ТУ … (по согласованию); срок – …)»: who answers, named inside the item. */
const INLINE_RESPONSIBLE = /\(\s*(?:ответственн[а-яё]*(?:\s+исполнител[а-яё]*)?|исполнител[ьи]|отв\.|исп\.)\s*[:–—-]\s*((?:[^;()]|\([^()]*\))+?)(?=\s*(?:[,;]\s*срок|\)))/iu;
/**
 * «… водоснабжения. Ответственный: отдел по делам ГО и ЧС. Срок: до 20.10.2025.»: a sentence of the item that names who
 * answers; the dots of initials («А.А. Сидоров») and of an abbreviation before a word in lower case («зам. главы») are the name's.
 */
// («… срок до 28.04.17 Ответственные: специалист ВУС, …», «Ответственная -Хасанова Р.Ф.»: after the term, and in the feminine.)
const RESPONSIBLE_SENTENCE = /(?:^|[.;]\s+|(?<=\d(?:\s*г)?\.?)\s+(?=[О]))(?:[Оо]тветственн(?:ый|ая|ые|ое\s+лицо)(?:\s+исполнител[ьи])?|[Ии]сполнител[ьи]|[Оо]тв\.|[Ии]сп\.)\s*[:–—-]\s*((?:[^.;]|(?<=(?:^|[\s(.])[А-ЯЁ])\.|\.(?=\s*[а-яё])|(?<=(?:^|[\s(])[а-яё]{1,3})\.(?=[А-ЯЁ]))+?)(?=\.?\s*$|;|,?\s+[Сс]рок|(?<![\s.(][А-ЯЁ])\.\s+[А-ЯЁ])/u;
/**
 * «Обеспечить готовность … – главы городского и сельских поселений, до 15.10.2025.»: an instruction list's item that names who
 * answers after a dash at its end, in the nominative, the term after a comma. The words after the dash must open with a body or
 * a post in the nominative and hold no verb.
 */
const TRAILING_RESPONSIBLE = /\s[–—]\s+((?:[А-ЯЁ]{2,}|[А-ЯЁа-яё][а-яё]+)[^–—]*?)(?:,\s*((?:срок\s*[:–—-]?\s*)?(?:до\s|не\s+позднее\s|\d{1,2}[.\s])[^,;]*?|постоянно|ежемесячно[^,;]*?|ежеквартально[^,;]*?))?\.?$/u;

/** A closing parenthesis naming bodies or persons, no term inside: «(отдел ЖКХ администрации, руководители предприятий – по согласованию)». */
const PAREN_EXECUTORS = /\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*[.;]?\s*$/u;
/** «(Быков А.С., консультант отдела информационного сопровождения)» closing an item: a person, maybe with the post. */
const PAREN_PERSON = /\(\s*([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.(?:,\s*\p{Ll}[^()]{2,120})?)\s*\)\s*[.;]?\s*$/u;
/** «(управление жилищно-коммунального хозяйства мэрии, Козлов Д.А.)» closing an item: the body that answers and its head. */
const PAREN_BODY_PERSON = /\(\s*((?:[^()]|\([^()]*\)){3,160}?),\s*([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.)\s*\)\s*[.;]?\s*$/u;
/** «(отдел муниципального заказа, Волков Д.Н.; IV квартал 2022 г.)» at the end of an item: who answers, then the term. */
const PAREN_RESPONSIBLE = /\(\s*([^()]{3,200}?)\s*;\s*((?:срок\s*[:–—-]\s*)?[^;()]{3,80}?)\s*\)\s*[.;]?\s*$/iu;

function inlineResponsible(t: string): string[] {
  const person = PAREN_PERSON.exec(t);
  if (person && !INLINE_RESPONSIBLE.test(t)) return [person[1]!.trim()];
  const m = INLINE_RESPONSIBLE.exec(t) ?? RESPONSIBLE_SENTENCE.exec(t);
  // (The sentence's full stop after initials is theirs: «… Петров П.П. Срок: …».)
  if (m) return splitNominative(m[1]!.replace(/(?<=(?:^|[\s.])[А-ЯЁ]\.\s?[А-ЯЁ])$/u, '.'));
  return trailingResponsible(t)?.executors ?? [];
}

/** The executors and the term of `TRAILING_RESPONSIBLE`, when the words after the dash name a body or a post. */
function trailingResponsible(t: string): { executors: string[]; term: string | null } | null {
  // «4.Организовать обучающий семинар … (отдел муниципального заказа, Волков Д.Н.; IV квартал 2022 г.).»: who answers and the
  // term in the closing parenthesis, with no label.
  const paren = PAREN_RESPONSIBLE.exec(t);
  if (paren && startsWithInfinitive(t)) {
    const phrase = paren[1]!.trim();
    const first = phrase.split(/\s+/u)[0]!;
    const named = ORG_NOMINATIVE.test(first) || /^[А-ЯЁ]{2,}$/u.test(first) || /(?:^|[\s,])[А-ЯЁ][а-яё]+\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.?$/u.test(phrase);
    if (named && !hasInfinitive(phrase) && parseDeadline(paren[2]!, { documentDate: null }).kind !== 'none') return { executors: splitNominative(phrase), term: paren[2]!.trim() };
  }
  const m = TRAILING_RESPONSIBLE.exec(t);
  if (!m || !startsWithInfinitive(t)) return null;
  // («Развернуть пункт временного размещения на базе здания – МБОУ «СОШ № 2»»: a place after the dash, not who answers.)
  if (/(?:на\s+базе|в\s+здании|в\s+помещени[иях]+|по\s+адресу|на\s+территории|на\s+площадке|место(?:м)?\s+проведения)(?:\s+[^–—\s]+){0,4}\s*$/iu.test(t.slice(0, m.index))) return null;
  const phrase = m[1]!.trim();
  const first = phrase.split(/\s+/u)[0]!;
  if (!(ORG_NOMINATIVE.test(first) || /^[А-ЯЁ]{2,}$/u.test(first)) || hasInfinitive(phrase) || /(?:^|\s)(?:до|в|по|не)\s+\d/u.test(phrase)) return null;
  return { executors: splitNominative(phrase), term: m[2] ?? null };
}

/** «Контроль: Сидоров С.С., заместитель главы города», «Контроль за исполнением – Петров П.П.». */
// («Ответственный за контроль исполнения протокольных поручений – управляющий делами … О.В. Лоскутова.»: named after a dash.)
const CONTROL_APPOINTED = /^ответственн[а-яё]+\s+за\s+(?:осуществление\s+)?контрол[ья]\s+[^.;]{0,200}?(?:\s(?:определить|назначить)\s+|\s[–—-]\s+(?=[а-яёА-ЯЁ]))(.+)$/iu;
const CONTROL_LINE = /^контроль(?:\s+(?:за\s+(?:исполнением|выполнением)|исполнения|выполнения)(?:\s+[а-яё]+){0,2})?\s*[:–—-]\s*(\S.{2,150})$/iu;

/** A «Срок …» written at the end of an «Ответственный:» line. */
const TERM_IN_RESPONSIBLE = /(?:[,;]\s*|\s+)срок(?:и)?(?:\s+(?:исполнения|выполнения))?\s*[:–—-]\s*\S.*$/iu;

/** A frequency said as an adverb: «еженедельно», «ежемесячно», «по пятницам» — a duty that repeats, not a kind of event. */
const FREQUENCY_ADVERB = /(?<![\p{L}])(?:ежедневно|еженедельно|ежемесячно|ежеквартально|ежедекадно|по\s+(?:понедельникам|вторникам|средам|четвергам|пятницам|субботам))(?![\p{L}])/iu;

/** «Срок исполнения – в течение …», «Срок: до …», «Доклад – до …» → the term after the label. */
function termOfLabel(text: string): string {
  const named = NAMED_ITEMS.exec(text);
  if (named) return text.slice(named[0].length);
  const byItem = TERM_FOR_ITEMS.exec(text.trim());
  if (byItem) return text.trim().slice(byItem[0].length - 1);
  return text.replace(/^\(?\s*(?:срок(?:и)?(?:\s+[а-яё]+){0,3}?\s*[:–—-]|срок(?:и)?|доклад(?:\s+в\s+[^–—:-]{1,60})?\s*[:–—-]?)\s*/iu, '');
}

/**
 * A «Срок» or «Ответственный» line written once after the last sub-item of a heading («1. Правительству …: а) …; б) … /
 * Срок – … / Ответственный: …») holds for every sub-item: the heading's own line, or the last child's when no other child has one.
 */
function sharedLine(heading: Clause, lines: (c: Clause) => Block[]): Block[] {
  const own = lines(heading);
  if (own.length > 0) return own;
  const withLines = heading.children.filter((s) => lines(s).length > 0);
  const last = heading.children[heading.children.length - 1];
  return last && withLines.length === 1 && withLines[0] === last ? lines(last) : [];
}

/**
 * The «Срок» line of a group of sub-items a clause opens or goes on: from the clause, siblings with no term line of their own
 * each ending with «;», up to the first one with a term line whose text ends the group with a period («а) …; б) … .
 * Доклад – до 1 июня 2025 г.»), as instruction lists write a term shared by several sub-items.
 */
function groupTermLine(c: Clause): Block | undefined {
  const siblings = c.parentClause?.children ?? [];
  const at = siblings.indexOf(c);
  if (at < 0 || c.deadlineBlocks.length > 0) return undefined;
  const ending = (s: Clause) => ([s.main, ...s.subs].pop()?.text ?? '').trim().slice(-1);
  for (let j = at; j < siblings.length; j += 1) {
    const s = siblings[j]!;
    if (s.deadlineBlocks.length > 0) return j > at && ending(s) === '.' ? s.deadlineBlocks[0] : undefined;
    if (ending(s) !== ';') return undefined;
  }
  return undefined;
}

/** The «Ответственный:» lines of a clause, or those its heading's sub-items share. */
function responsibleBlocksOf(c: Clause): Block[] {
  if (c.responsibleBlocks.length > 0 || !c.parentClause) return c.responsibleBlocks;
  return sharedLine(c.parentClause, (s) => s.responsibleBlocks);
}

/**
 * The addresses of one entry of a clause: a heading's dash lines each with its own term («– … до 1 мая …; – … еженедельно …
 * направлять … на адрес otdyh@…;») give each entry the addresses of its own line (and the heading's); otherwise the whole text's.
 */
function emailsOf(c: Clause, deadline: Deadline, entries: number, text: string): string[] {
  const own = entries > 1 && c.subs.length > 1 && deadline.text !== '' ? c.subs.filter((s) => squash(s.text).includes(deadline.text)) : [];
  return own.length === 1 ? [...emailsIn(c.main.text), ...emailsIn(own[0]!.text)] : emailsIn(text);
}

/**
 * «Срок – 1 декабря 2025 г., далее – ежегодно»: a schedule that names no day of its own keeps the first report's — the same day
 * each year (each month; each quarter or half-year when the first falls in its last month), next due after the first.
 */
function onFirstDay(schedule: Deadline, first: IsoDate): Deadline {
  const rule = schedule.rule;
  if (schedule.kind !== 'recurring' || !rule || rule.day !== 31 || rule.month !== null || rule.after !== 'none' || /\d/u.test(schedule.text)) return schedule;
  const day = Number(first.slice(8, 10));
  const month = Number(first.slice(5, 7));
  const own: RecurrenceRule | null =
    rule.freq === 'yearly' ? { ...rule, day, month }
    : rule.freq === 'monthly' ? { ...rule, day }
    : (rule.freq === 'quarterly' && month % 3 === 0) || (rule.freq === 'halfyearly' && month % 6 === 0) ? { ...rule, day }
    : null;
  return own ? { ...schedule, rule: own, firstDue: firstDueOf(own, addDays(first, 1)) } : schedule;
}

/** The term(s) a «Срок» line states: one, a first report and the schedule after it, or the days it lists. */
function termLine(line: string, dl: DeadlineReader): Deadline[] {
  const phrase = termOfLabel(line).replace(/\)\s*\.?$/u, '');
  // «до 1 декабря 2022 г., далее – один раз в полгода»: the first report on its date, then the schedule.
  // «до 01 апреля 2025 года (далее – ежеквартально)»: the schedule in parentheses.
  const then = /^(.+?)(?:,\s*|\s*\(\s*|\s+(?=и\s))(?:[аи]\s+)?далее\s*[–—-]?\s*(.+?)\)?\.?$/iu.exec(phrase);
  if (then) {
    const first = dl.parse(then[1]!);
    const rest = dl.parse(then[2]!);
    // «далее»: the schedule's first due day is the first after the one-off report's.
    // (The schedule's first due day comes after the one-off's: «до 25 декабря 2025 года, далее – ежеквартально, до 25 числа последнего
    // месяца квартала» is next due on 25 March.)
    if (first.kind === 'date' && rest.kind === 'recurring') {
      const after = first.date && !rest.rule?.starts ? parseDeadline(then[2]!, { ...dl.ctx, documentDate: addDays(first.date, 1) }) : rest;
      return [first, first.date ? onFirstDay(after, first.date) : after];
    }
    // («Срок – до 1 января 2022 г., далее – постоянно.»: the task done by its day, then kept up.)
    if (first.kind === 'date' && rest.kind === 'continuous') return [first, rest];
  }
  // «до 01.09.2021, повторно – до 01.11.2021», «до 1 марта, затем – до 1 июня 2025 г.»: the task again by a second day.
  const again = /^(.+?),?\s+(?:повторно|затем|вторично|а\s+также)\s*[–—-]?\s*((?:до|не\s+позднее|к)\s+.+?)\.?$/iu.exec(phrase.trim());
  if (again) {
    const first = dl.parse(again[1]!.replace(/,\s*$/u, ''));
    const second = dl.parse(again[2]!);
    if (first.kind === 'date' && second.kind === 'date' && first.date !== null && second.date !== null && second.date > first.date) return [first, second];
  }
  // «Срок: 1 и 9 мая 2024 года»: the days listed are each a day the task is owed on.
  const days = LISTED_TERM.exec(phrase.trim());
  if (days) {
    const read = days[2]!.split(/\s*(?:,|и)\s*/u).map((day) => dl.parse(`${days[1] ?? ''}${day} ${days[3]!}${days[4] ?? ''}`));
    if (read.length > 1 && read.every((r) => r.kind === 'date')) return read.map((r) => ({ ...r, text: phrase.trim().replace(/\.$/u, '') }));
  }
  // «Срок: ежеквартально, до 10 числа месяца, следующего за отчетным кварталом …; годовой отчет – до 20 января 2026 года.»: terms
  // parted by a semicolon, each a term of its own when each reads as one.
  const parts = phrase.split(/\s*;\s*/u).map((x) => x.replace(/^[^–—:]{2,40}?\s[–—:]\s*(?=(?:до|не\s+позднее|к|в\s+срок|ежемесячно|ежеквартально|ежегодно|еженедельно)\s)/iu, '').replace(/\.$/u, '').trim()).filter((x) => x !== '');
  if (parts.length > 1) {
    const each = parts.map((x) => dl.parse(x));
    if (each.every((x) => x.kind !== 'none' && x.kind !== 'unparsed')) return each;
  }
  const d = dl.parse(phrase);
  return d.kind !== 'none' ? [d] : [];
}

/** The deadline(s) of a clause: its «Срок» line, a table cell, its text, or its heading's. Several dated actions give several. */
function clauseDeadlines(c: Clause, dl: DeadlineReader): Deadline[] {
  // «Отв.: Трубицин А.Л., Закатова С.А. Срок - 31.01.2013.»: the term written on the «Ответственный» line.
  const onResponsible = c.deadlineBlocks.length === 0 ? c.responsibleBlocks.map((b) => TERM_IN_RESPONSIBLE.exec(b.text)).find((m) => m !== null) : undefined;
  const label = c.deadlineBlocks[0] ?? (onResponsible ? { ...c.responsibleBlocks[0]!, text: onResponsible[0].replace(/^[\s,;]+/u, '') } : undefined);
  if (label) {
    // («Сроки:» over the stages' lines: each stage's term, after its dash.)
    if (/^сроки?\s*:\s*$/iu.test(label.text.trim()) && c.deadlineBlocks.length > 1) {
      const stages = c.deadlineBlocks.slice(1).map((b) => STAGE_TERM.exec(b.text)).filter((m) => m !== null).map((m) => ({ ...dl.parse(m[1]!.replace(/[.;,]\s*$/u, '')) })).filter((d) => d.kind !== 'none');
      if (stages.length > 0) return stages;
    }
    const read = termLine(label.text, dl);
    // («2.2.2. еженедельно, по понедельникам, до 12:00 представлять … / Срок: еженедельно, начиная с 25 марта 2024 г.»: the line
    // names when the schedule starts, the text the weekday it falls on.)
    const weekly = read.length === 1 && read[0]!.kind === 'recurring' && read[0]!.rule?.freq === 'weekly' && !WEEKDAY_WORD.test(read[0]!.text) ? read[0]! : null;
    const onDay = weekly ? dl.find(squash(c.main.text)) : null;
    if (weekly?.rule && onDay?.kind === 'recurring' && onDay.rule?.freq === 'weekly' && WEEKDAY_WORD.test(onDay.text)) {
      const rule: RecurrenceRule = { ...onDay.rule, starts: weekly.rule.starts ?? onDay.rule.starts, until: weekly.rule.until ?? onDay.rule.until };
      return [{ ...onDay, text: `${onDay.text} … ${weekly.text}`, rule, firstDue: firstDueOf(rule, dl.ctx.documentDate) }];
    }
    // («3.3. о ходе работ ежедневно до 9.00 докладывать председателю комиссии. / Срок: в период действия режима ЧС.»: a line that
    // names only how long the duty lasts leaves the schedule the item's text gives.)
    const schedule = read.length === 1 && read[0]!.kind === 'unparsed' && /^(?:в\s+период|на\s+период|до\s+(?:окончания|стабилизации|снятия|отмены|особого))/iu.test(read[0]!.text.trim()) ? dl.find(squash(c.main.text)) : null;
    if (schedule?.kind === 'recurring') return [schedule];
    // («1.2. … еженедельно по пятницам представлять Главе города информацию … / Срок исполнения: до 15 сентября 2024 года.»: the
    // line's day ends the schedule the text gives.)
    const only = read.length === 1 ? read[0]! : null;
    // (Not an adverb of a participle the task names: «… утвердить график еженедельно проводимых рейдов».)
    const adverb = FREQUENCY_ADVERB.exec(c.main.text);
    const ofParticiple = adverb !== null && /^[,\s]*[а-яё]+(?:мых|мые|мого|мым|емых|имых|щих|щие|щего|нных|нные|вших)(?![\p{L}])/iu.test(c.main.text.slice(adverb.index + adverb[0].length));
    // («1.1. Главам поселений ежемесячно представлять … отчет … / Срок: до 5 числа следующего месяца»: a day of a month named under a
    // schedule is the schedule's day in every month.)
    const monthly = only !== null && adverb !== null && !ofParticiple && MONTH_DAY_TERM.test(only.text) && /ежемесячн/iu.test(adverb[0]) ? dl.parse(`ежемесячно ${only.text}`) : null;
    if (monthly?.kind === 'recurring') return [{ ...monthly, text: only!.text }];
    const ends = only?.kind === 'date' && only.date !== null && adverb !== null && !ofParticiple && !MONTH_DAY_TERM.test(only.text) ? dl.find(squash(c.main.text)) : null;
    if (ends?.kind === 'recurring' && ends.rule && ends.firstDue !== null && only!.date! > ends.firstDue && ends.rule.until === null) {
      return [{ ...ends, text: `${ends.text} … ${only!.text}`, rule: { ...ends.rule, until: only!.date! } }];
    }
    if (read.length > 0) return read;
  }
  if (c.row && c.row.deadline !== '') {
    // «Разработать планы … к купальному сезону 2009 года | до 15 марта |» in a plan with no date of its own: the year the row names.
    const years = [...new Set(c.main.text.match(/(?<!\d)(?:19|20)\d{2}(?!\d)/gu) ?? [])];
    const cell = c.row.deadline;
    const inPlan = planCellDeadline(cell, dl);
    if (inPlan) return [inPlan];
    if (dl.ctx.documentDate === null && years.length === 1 && !/\d{4}/u.test(cell) && /^(?:до|к|не\s+позднее)\s+\d{1,2}\s+[а-яё]+$/iu.test(cell.trim())) {
      const read = dl.parse(`${cell} ${years[0]!} года`);
      if (read.kind === 'date') return [{ ...read, text: cell.trim() }];
    }
    return cellDeadlines(cell, dl);
  }
  // (The rows of an item's table of terms: each row's term, as its cells give it.)
  const termRows = c.subs.filter((s) => s.termOf !== undefined).map((s) => dl.parse(s.termOf!)).filter((d) => d.kind !== 'none');
  if (termRows.length > 0) return termRows;
  const parts = [c.main.text, ...c.subs.map((s) => s.text)];
  // «… отчетность: месячную – до 5-го числа …, квартальную – до 15-го числа …, годовую – до 1 февраля …»: one schedule each.
  const schedules = parts.flatMap((part) => reportingSchedules(part, dl));
  if (schedules.length > 0) return schedules;
  // (The list under a heading of its own, a line each: «Сроки представления отчетности: / месячная отчетность – …; / квартальная …».)
  const listed = c.subs.length > 1 ? reportingSchedules(squash(parts.join(' ')), dl) : [];
  if (listed.length > 0) return listed;
  const byPeriod = periodSchedules(squash(parts.join(' ')), dl);
  if (byPeriod.length > 0) return byPeriod;
  // «… обеспечить выполнение работ … в следующие сроки: Проект и рабочие чертежи изготовить к 15.III-42 г. Изготовление опытного
  // образца к 1.V-42 г. и испытание к 1.VI-42 г.»: each stage's day, in one paragraph, is a term of the item.
  const stages = /(?<![\p{L}])следующие\s+сроки\s*:\s*(.+)$/isu.exec(squash(parts.join(' ')));
  if (stages) {
    const terms = [...stages[1]!.matchAll(/(?<![\p{L}])(?:к|до|не\s+позднее)\s+\d{1,2}[^,;:]{2,30}?(?:\d{4}|\d{2})(?:\s*(?:года|г\.))?/giu)].map((m) => dl.parse(m[0]));
    if (terms.length >= 2 && terms.every((d) => d.kind === 'date')) return terms;
  }
  // «… по итогам I полугодия и 2025 года представлять аналитическую записку в срок до 15 июля 2025 года и до 20 января 2026 года
  // соответственно»: two reports, each due on its day.
  const respectively = /(?<![\p{L}])((?:в\s+срок\s+)?(?:до|не\s+позднее|к)\s+[^;:]{4,40}?)\s+и\s+((?:до|не\s+позднее|к)\s+)?([^;:]{4,40}?)\s*,?\s+соответственно(?![\p{L}])/iu.exec(squash(parts.join(' ')));
  // (Not a list of three, «до 15 апреля, 15 июля и 15 октября … соответственно»: each would need its own reading.)
  if (respectively && !respectively[1]!.includes(',')) {
    const first = dl.parse(respectively[1]!);
    const second = dl.parse(`${respectively[2] ?? 'до '}${respectively[3]!}`);
    if (first.kind === 'date' && second.kind === 'date') return [first, { ...second, text: `${respectively[2] ?? ''}${respectively[3]!}`.trim() }];
  }
  const found: Deadline[] = [];
  // A sub-item under «… обеспечить:» asks even when it is a noun phrase («1) в течение пяти дней … направление копии»).
  const asked = (c.parentClause !== null && /:\s*$/u.test(c.parentClause.main.text)) || (c.letterStep !== undefined && TERM_DASH_OBJECT.test(c.main.text));
  // («1) месячной отчетности – ежемесячно, не позднее 10 числа …;» under «… в следующие сроки:»: the term after the dash.)
  const owedThen = c.letterStep !== undefined && c.subs.length === 0 ? OBJECT_DASH_TERM.exec(c.main.text) : null;
  if (owedThen) {
    const term = c.main.text.slice(c.main.text.search(/\s[–—-]\s/u) + 3).replace(/[;.]\s*$/u, '').trim();
    // (The reports the lead starts from, «… начиная с отчетности за январь 2020 года, в следующие сроки:», start each schedule.)
    const since = /(?<![\p{L}])начиная\s+с\s+(?:отч[её]тност[иь]|отч[её]та|отч[её]тов|информации|сведений)\s+за\s+[^,;:]+/iu.exec(c.letterStep!.lead ?? '')?.[0];
    // («… – в срок до 10 февраля 2020 года, с предварительным представлением форм … до 31 января 2020 года»: two days.)
    const read = term.split(/,\s*с\s+предварительн[а-яё]+\s+/u).map((piece) => {
      const own = /(?:в\s+срок\s+)?(?:до|не\s+позднее|не\s+позже|к)\s.*$|(?:ежемесячно|ежеквартально|ежегодно|еженедельно|ежедневно)(?![\p{L}]).*$/iu.exec(piece)?.[0] ?? piece;
      const d = dl.parse(since && !/(?:19|20)\d{2}/u.test(own) ? `${own}, ${since}` : own);
      return { ...d, text: own };
    }).filter((d) => d.kind !== 'none' && d.kind !== 'unparsed');
    if (read.length > 0) return read;
  }
  // So are its own sub-items («Рекомендовать … провести: / - торжественные собрания …; / - субботники … в апреле 2012 г.»);
  // a term one of them holds is that one's, and those without a term are entries of their own.
  // («… направлять … в следующие установленные сроки:» over «- за 1 полугодие … не позднее 10 июля …»: the terms themselves.)
  const leads = isInfinitive(/([а-яё]+)\s*:\s*$/u.exec(c.main.text)?.[1] ?? '') || /(?<![\p{L}])(?:в\s+)?(?:следующие\s+)?(?:установленные\s+)?сроки\s*:\s*$/iu.test(c.main.text);
  let untermed = 0;
  for (const [index, part] of parts.entries()) {
    const before = found.length;
    const sentences = sentencesOf(part);
    for (const sentence of sentences) {
      // («Министерство … информирует о проведении с 1 по 30 ноября 2024 года … акции. Просим … сообщить … до 10 декабря …»:
      // the days of what a letter tells are no term of the ask beside them.)
      if (c.letter && sentences.length > 1 && TELLS.test(sentence) && !hasInfinitive(sentence) && !ASK.test(sentence)) continue;
      // «… представить информацию до 15.01.2026, далее – ежеквартально до 15 числа …»: the schedule after the first report (its
      // verb left in the sentence before), its first due day after that report's, as on a «Срок» line.
      const then = /^\s*(?:[аи]\s+)?далее\s*[–—-]?\s*(\S[^.;]*)/iu.exec(sentence);
      const before = found[found.length - 1];
      if (then && before?.kind === 'date' && before.date && !hasInfinitive(sentence)) {
        const schedule = parseDeadline(then[1]!, { ...dl.ctx, documentDate: before.date });
        if (schedule.kind === 'recurring') {
          found.push({ ...schedule, text: then[1]!.trim() });
          continue;
        }
      }
      // («1.3. В срок до 10.10.2016, далее – еженедельно по пятницам до 12.00 … представлять …»: the verb after the schedule.)
      if (then && before?.kind === 'date' && before.date && hasInfinitive(sentence)) {
        const schedule = findDeadline(then[1]!, { ...dl.ctx, documentDate: addDays(before.date, 1) }, { ask: true });
        if (schedule?.kind === 'recurring') {
          found.push(onFirstDay(schedule, before.date));
          continue;
        }
      }
      // (A duty told in the present is read as its infinitive would be: «… ежеквартально представляет …».)
      const d = dl.find(c.presentDuty === true ? (presentDuty(sentence) ?? sentence) : sentence, asked || c.presentDuty === true || (leads && index > 0) ? { ask: true } : {});
      if (d && d.kind !== 'none' && !found.some((f) => sameDeadline(f, d))) found.push(d);
      // «… в срок до 1 марта 2003 года провести коллегии … и представить материалы … до 5 марта текущего года»:
      // a second ordered action of the sentence with a day of its own.
      // («Начинать ежегодную подготовку … не позднее 1 августа и заканчивать к 25 августа»: a yearly day, then a second one.)
      const yearlyDay = d !== null && d.kind === 'recurring' && d.rule?.freq === 'yearly' && d.rule.day !== null && d.rule.month !== null;
      // («К формированию дивизий приступить немедленно и закончить к 15 ноября с. г.»: an undated start, then the day to end by.)
      const at = d && (d.kind === 'date' || yearless(d) || yearlyDay || d.kind === 'unparsed') ? sentence.indexOf(d.text) : -1;
      // (A yearly phrase may run on over the second day: the rest starts after its own day.)
      const ownDay = yearlyDay ? [...sentence.matchAll(/(?<!\d)(\d{1,2})\s+([а-яё]+)/gu)].find((m) => Number(m[1]) === d.rule!.day && (MONTHS_GENITIVE as readonly string[]).indexOf(m[2]!) + 1 === d.rule!.month) : undefined;
      const rest = ownDay ? sentence.slice(ownDay.index + ownDay[0].length) : at >= 0 && d ? sentence.slice(at + d.text.length) : '';
      // «регулярно проводить анализ …, ежеквартально вносить … предложения»: two schedules, each with its own verb.
      if (d && (d.kind === 'continuous' || d.kind === 'recurring')) {
        const other = secondSchedule(sentence, d, dl);
        // In the order the sentence gives them.
        if (other && !found.some((f) => sameDeadline(f, other))) found.splice(sentence.indexOf(other.text) < sentence.indexOf(d.text) ? found.indexOf(d) : found.length, 0, other);
      }
      // «… еженедельно по пятницам … представлять … сводную информацию …, итоговую информацию – не позднее 20 мая 2016 года»: a
      // second report owed once, its object before a dash and its day after it, the verb shared.
      const final = d && d.kind === 'recurring' ? FINAL_REPORT.exec(sentence.slice(sentence.indexOf(d.text) + d.text.length)) : null;
      if (final) {
        const once = dl.parse(final[1]!);
        if (once.kind === 'date' && !found.some((f) => sameDeadline(f, once))) found.push(once);
      }
      // «… социальный паспорт (до 5 сентября) и трудоустройство выпускников (до 28 августа …)»: one verb, two objects, each with its term in parentheses.
      const objects = /^\s*\)\s*,?\s*и\s+[^()]{3,160}\(\s*(?:срок\s*[-–—:]?\s*)?(?:до|не\s+позднее|к)\s/u.test(rest);
      if (d && (objects || /[\s,]и\s+(?:[^.;]*?\s)?[а-яё]{4,}(?:ать|ять|еть|ить|ти)(?=[\s,])/u.test(rest) || MORE_DATED_ACTION.test(rest))) {
        const second = dl.find(rest, { ask: true });
        if (yearlyDay) {
          // The second day of a yearly pair is yearly too, unless it names its own year.
          const again = second && (second.kind === 'date' || yearless(second)) && !/(?:19|20)\d{2}/u.test(second.text) ? dl.parse(`ежегодно ${second.text}`) : null;
          if (again?.kind === 'recurring' && !found.some((f) => sameDeadline(f, again))) found.push({ ...again, text: second!.text });
          continue;
        }
        const later = second?.kind === 'date' && second.date !== null && (d.kind === 'unparsed' || (d.date !== null && (second.date > d.date || objects)));
        if (second && (later || (objects && yearless(second) && yearless(d))) && !found.some((f) => sameDeadline(f, second))) {
          found.push(second);
          // «… до 25 февраля 2019 года определить …, до 1 марта 2019 года утвердить …, а до 15 марта 2019 года представить …»: each
          // further action of the sentence with a later day of its own.
          let tail = rest.slice(rest.indexOf(second.text) + second.text.length);
          let previous = second;
          for (let k = 0; k < 6 && MORE_DATED_ACTION.test(tail); k += 1) {
            const next = dl.find(tail, { ask: true });
            if (!next || next.kind !== 'date' || next.date === null || previous.date === null || next.date <= previous.date || found.some((f) => sameDeadline(f, next))) break;
            found.push(next);
            previous = next;
            tail = tail.slice(tail.indexOf(next.text) + next.text.length);
          }
        }
      }
    }
    if (leads && index > 0 && found.length === before) untermed += 1;
  }
  if (leads && untermed > 0 && found.length > 0 && found.length + untermed === parts.length - 1 && !dl.find(c.main.text)) {
    const firm = found.filter((d) => d.kind !== 'unparsed');
    if (firm.length === found.length) return [...firm, emptyDeadline()];
  }
  // «2. Организационному комитету ежегодно: / - до 1 февраля разрабатывать …»: the heading's frequency makes each day a yearly one.
  const EVERY = /(?<![\p{L}])(ежегодно|ежемесячно|ежеквартально|еженедельно)\s*:\s*$/iu;
  const every = (c.subs.length > 0 ? EVERY.exec(c.main.text) : null) ?? (c.parentClause ? EVERY.exec(c.parentClause.main.text) : null);
  if (every) {
    found.forEach((d, i) => {
      if (d.kind !== 'date') return;
      const read = dl.parse(`${every[1]!.toLowerCase()} ${d.text}`);
      if (read.kind === 'recurring') found[i] = { ...read, text: d.text };
    });
  }
  // «на 1 и 15 числа каждого месяца», «ежемесячно до 5 и 20 числа»: two days of every month, one schedule each.
  for (let i = found.length - 1; i >= 0; i -= 1) {
    const d = found[i]!;
    if (d.kind !== 'recurring' || d.rule?.freq !== 'monthly') continue;
    // (The phrase read may start at the second day: «на 1 и 15 числа каждого месяца» reads «15 числа каждого месяца».)
    const pair = TWO_DAYS.exec(d.text) ?? TWO_DAYS.exec(parts.join(' '));
    if (!pair || Number(pair[2]) !== d.rule.day) continue;
    const firstText = d.text.includes(pair[0]) ? d.text.replace(pair[0], `${pair[1]!} числа`) : d.text.replace(new RegExp(`(?<!\\d)${pair[2]!}(?!\\d)`, 'u'), pair[1]!);
    const first = dl.parse(firstText);
    if (first.kind === 'recurring' && first.rule?.day === Number(pair[1])) found.splice(i, 0, { ...first, text: d.text });
  }
  // («Рекомендовать …: / – … до 1 мая …; / – … еженедельно …; / – … информировать … незамедлительно.»: each line under a
  // heading is a task of its own, its unreadable term too.)
  if ((leads || /:\s*$/u.test(c.main.text)) && c.subs.length >= 2 && untermed === 0 && found.length === parts.length - 1 && !dl.find(c.main.text)) return found;
  if (found.length > 1) {
    // Several dated actions are separate entries; a date and a vague word in one item are one entry. A day and month
    // with no year to read it in («(до 5 сентября) и … (до 28 августа …)» in an undated copy) is a dated action too.
    const firm = found.filter((d) => d.kind !== 'unparsed' || yearless(d));
    if (firm.length > 1) return firm;
    return [firm[0] ?? found[0]!];
  }
  if (found.length === 1) return found;
  // A letter's duty written in the passive: «Анкеты … передаются … не позднее 15 декабря 2014 года».
  if (c.letter) {
    const due = DUE_IN_TEXT.exec(withoutPastTerms(parts.join(' ')));
    if (due) return [dl.parse(due[0])];
  }
  // («Рекомендовать главам сельских поселений, руководителям управляющих компаний, в срок до 01.05.2024: / - провести …»: the
  // lead's term is each line's.)
  if (c.regionLead && c.regionLeadText !== undefined && c.parentClause === null) {
    const led = dl.find(c.regionLeadText, { ask: true });
    if (led && led.kind !== 'none') return [led];
  }
  // («а) … ; б) … . Доклад – до 1 июня 2025 г.; в) …»: sub-items joined by semicolons and closed by a period share the «Срок»
  // line after the group.)
  const group = groupTermLine(c);
  if (group) {
    const read = termLine(group.text, dl);
    if (read.length > 0) return read;
  }
  // A heading's deadline («1. До 1 марта Министерству …: а) …») or a «Срок» line after the last sub-item.
  const heading = c.parentClause;
  if (heading) {
    const shared = heading.deadlineBlocks[0] ?? sharedLine(heading, (s) => s.deadlineBlocks)[0];
    if (shared && shared !== label) {
      const read = termLine(shared.text, dl);
      if (read.length > 0) return read;
    }
    const own = dl.find(heading.main.text);
    // («1. Провести с 1 апреля по 1 мая 1944 года санитарный месячник …, для чего обязать: а) …»: the span an event a heading
    // holds itself, with no executor of its own, is when it runs, not a term of the tasks below it.)
    const before = own !== null ? heading.main.text.slice(0, Math.max(0, squash(heading.main.text).indexOf(own.text))) : '';
    const eventSpan = own !== null && (/^с\s/iu.test(own.text) || (/^по\s/iu.test(own.text) && /(?<![\p{L}])с\s+\d{1,2}[^,;]{0,20}\s*$/u.test(before))) && splitExecutors(squash(heading.main.text)) === null;
    if (own && !eventSpan) return [own];
  }
  return [emptyDeadline()];
}

/** A deadline cell: «До 28.04.06», «октябрь - ноябрь», or several dates — «13 мая, 27 мая, … 2011 года», «До 28.04.06 До 05.05.06» — one entry each. */
function cellDeadlines(cell: string, dl: DeadlineReader): Deadline[] {
  // «до 20 декабря 2025 года, далее – ежеквартально»: the first report, then the schedule, as on a «Срок» line.
  if (/(?<![\p{L}])далее(?![\p{L}])/iu.test(cell)) {
    const read = termLine(cell.trim(), dl);
    if (read.length > 1) return read;
  }
  // «24.01.2020 20.00 / 27.01.2020 17.00»: a start and an end, each with its hour — a span due by its last day.
  const span = /^(\d{1,2}\.\d{1,2}\.\d{2,4})(?:\s*г\.?)?\s+\d{1,2}[.:]\d{2}\s+(\d{1,2}\.\d{1,2}\.\d{2,4})(?:\s*г\.?)?\s+\d{1,2}[.:]\d{2}\.?$/u.exec(cell.trim());
  if (span) {
    const read = dl.parse(`с ${span[1]!} по ${span[2]!}`);
    if (read.kind === 'period') return [{ ...read, text: cell.trim() }];
  }
  const pieces = cell.split(/\s*[,;]\s*|\s+(?=до\s)/iu).map((p) => p.trim()).filter((p) => p !== '');
  if (pieces.length > 1 && !/(?:^|\s)(?:с|по)\s/iu.test(cell)) {
    // The year written once at the end holds for every date of the list.
    const year = /(\d{4})\s*(?:года|г\.?)?\s*$/u.exec(cell)?.[1];
    const read = pieces.map((p) => dl.parse(year && !/\d{4}/u.test(p) && /[а-яё]$/iu.test(p) ? `${p} ${year} года` : p));
    // («апрель, сентябрь»: months listed apart are periods, each due by its last day; «Апрель, Май, Июнь … 2011 года», months
    // in a row, are one span.)
    const months = read.map((d) => (d.kind === 'period' && d.date ? Number(d.date.slice(0, 4)) * 12 + Number(d.date.slice(5, 7)) : null));
    const inRow = months.every((m, i) => m !== null && (i === 0 || m === months[i - 1]! + 1));
    if (read.every((d) => d.kind === 'date' || d.kind === 'period') && !inRow && new Set(read.map((d) => d.date)).size === read.length) {
      return read.map((d, i) => ({ ...d, text: pieces[i]! }));
    }
  }
  return [dl.parse(cell)];
}

const SCHEDULE_ITEM =
  /(?:^|[,:;]\s*)((месячн|квартальн|полугодов|годов)[а-яё]*(?:\s+(?:[а-яё]+|(?:19|20)\d{2}))*?\s*[–—-]\s*((?:(?:ежемесячно|ежеквартально|ежегодно)\s*,?\s*)?(?:в\s+срок\s+)?(?:до|не\s+позднее)\s[^,;]+(?:,\s*следующ[а-яё]+\s+за\s+отч[её]тн[а-яё]*(?:\s+(?:месяцем|кварталом|полугодием|годом))?)?(?:\s*,\s*начиная\s+с\s+[^,;]+)?))/giu;
const SCHEDULE_FREQ: Record<string, string> = { месячн: 'ежемесячно', квартальн: 'ежеквартально', полугодов: 'раз в полугодие', годов: 'ежегодно' };

/**
 * «… в следующие сроки: / за I квартал, I полугодие и 9 месяцев – до 15 числа месяца, следующего за отчетным периодом; / за год – до
 * 15 февраля года, следующего за отчетным.»: the periods reported on after the colon, each with its schedule.
 */
function periodSchedules(text: string, dl: DeadlineReader): Deadline[] {
  const colon = text.lastIndexOf(':');
  if (colon < 0) return [];
  const read = text.slice(colon + 1).split(/;/u).map((part) => part.trim().replace(/[.]$/u, '')).filter((part) => /^за\s+[^–—]{2,80}?\s[–—-]\s+(?:до|не\s+позднее|к)\s/iu.test(part)).map((part) => dl.parse(part));
  return read.length >= 2 && read.every((d) => d.kind === 'recurring') ? read : [];
}

/** A list of reporting schedules, one per period: «месячную – до 5-го числа месяца, следующего за отчетным, годовую – до 1 февраля …». */
function reportingSchedules(text: string, dl: DeadlineReader): Deadline[] {
  const out: Deadline[] = [];
  // («… отчетности об исполнении бюджета района в 2018 году: месячную – …» in December 2017: the reports are for that year's
  // periods, the first for its January.)
  const year = /(?<![\p{L}])(?:в|за|на)\s+((?:19|20)\d{2})\s+(?:году|год)(?![\p{L}])[^:]{0,40}:/u.exec(text)?.[1];
  const ctx = year && dl.ctx.documentDate !== null && dl.ctx.documentDate < `${year}-01-01` ? { ...dl.ctx, documentDate: `${year}-01-01` } : null;
  for (const m of text.matchAll(SCHEDULE_ITEM)) {
    const adverb = SCHEDULE_FREQ[m[2]!.toLowerCase()];
    if (!adverb) continue;
    // «годовую – до 1 февраля 2019 года»: the one report of a year the text names is owed once, on that day.
    const once = /(?:19|20)\d{2}/u.test(m[3]!) ? dl.parse(m[3]!) : null;
    if (once?.kind === 'date') {
      out.push({ ...once, text: m[1]!.trim() });
      continue;
    }
    const d = ctx ? parseDeadline(`${adverb} ${m[3]!}`, ctx) : dl.parse(`${adverb} ${m[3]!}`);
    if (d.kind === 'recurring') out.push({ ...d, text: m[1]!.trim() });
  }
  if (out.length >= 2) return out;
  // «… представить министру аналитическую справку по итогам I полугодия – до 15 июля 2024 года, по итогам 2024 года – до 20 января
  // 2025 года»: a report for each period named, each on its own day.
  const dated = [...text.matchAll(PERIOD_REPORT_DAY)].map((m) => dl.parse(m[1]!.trim())).filter((d) => d.kind === 'date');
  return dated.length >= 2 ? dated : [];
}

/** «по итогам I полугодия – до 15 июля 2024 года», «за 2024 год – не позднее 20.01.2025»: a period reported on and the day owed. */
const PERIOD_REPORT_DAY =
  /(?<![\p{L}])(?:по\s+итогам|за)\s+[^–—;:]{2,40}?\s+[–—-]\s+((?:до|не\s+позднее|к)\s+(?:\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\s+(?:19|20)\d{2}(?:\s*(?:года|г\.))?|\d{2}\.\d{2}\.(?:19|20)\d{2}))/giu;

/** An unparsed term that is a day and month whose year the document does not give. */
function yearless(d: Deadline): boolean {
  return d.kind === 'unparsed' && d.warning?.code === 'deadline_unparsed' && /год не указан/u.test(d.warning.message) && /\d{1,2}\s+[а-яё]+/iu.test(d.text);
}

function sameDeadline(a: Deadline, b: Deadline): boolean {
  // Two days of which neither could be read: the same only as written.
  if (yearless(a) && yearless(b)) return a.text === b.text;
  // (Two schedules with no first day known yet are the same only with the same rule: «10 июля» and «10 октября» are two.)
  if (a.rule && b.rule && (a.rule.freq !== b.rule.freq || a.rule.day !== b.rule.day || a.rule.month !== b.rule.month)) return false;
  return a.kind === b.kind && a.date === b.date && a.firstDue === b.firstDue && (a.date !== null || a.firstDue !== null || a.text === b.text || a.kind === b.kind);
}

/** Sentences of a paragraph: at «;» and at «. » before a capital (dates and abbreviations keep going). */
/**
 * A second schedule in the sentence of a first, each right before its own verb and a comma between them: «регулярно
 * проводить анализ …, ежеквартально вносить … предложения». Null when the sentence holds one.
 */
function secondSchedule(sentence: string, first: Deadline, dl: DeadlineReader): Deadline | null {
  const at = sentence.indexOf(first.text);
  if (at < 0) return null;
  const masked = `${sentence.slice(0, at)}${' '.repeat(first.text.length)}${sentence.slice(at + first.text.length)}`;
  const other = dl.find(masked, { ask: true });
  if (!other || (other.kind !== 'continuous' && other.kind !== 'recurring') || other.text === first.text) return null;
  const otherAt = masked.indexOf(other.text);
  if (otherAt < 0) return null;
  const beforeVerb = (from: number, length: number): boolean => /^,?\s+(?:\S+\s+)?[а-яё]{3,}(?:ать|ять|еть|ить|оть|уть|ти)(?:ся)?(?![\p{L}])/u.test(sentence.slice(from + length, from + length + 40));
  const between = sentence.slice(Math.min(at, otherAt), Math.max(at, otherAt));
  // («… ежеквартально … представлять информацию …, а ежегодно до 1 февраля года, следующего за отчетным, – отчет о …»: the
  // second schedule after «а», what it owes after a dash, the verb shared.)
  const dashObject = otherAt > at && /,\s*а\s+$/u.test(sentence.slice(0, otherAt)) && /^\s*,?\s*[–—-]\s+[а-яё]/u.test(sentence.slice(otherAt + other.text.length, otherAt + other.text.length + 12));
  // («… представлять ежегодно, до 1 февраля года, следующего за отчетным, а также ежеквартально, до 10 числа …»: a second schedule
  // of the same report at the sentence's end.)
  const alsoAfter = otherAt > at && /,\s*а\s+также\s+$/u.test(sentence.slice(0, otherAt)) && /^[\s.;]*$/u.test(sentence.slice(otherAt + other.text.length));
  if (alsoAfter) return other;
  return beforeVerb(at, first.text.length) && (beforeVerb(otherAt, other.text.length) || dashObject) && /,/u.test(between) ? other : null;
}

/** The text without its sentences that tell of a term in the past («Срок … был установлен до 26.02.2021.»). */
function withoutPastTerms(text: string): string {
  if (!PAST_TERM.test(text)) return text;
  let out = text;
  for (const [a, b] of pastClauses(text).reverse()) out = `${out.slice(0, a)}${' '.repeat(b - a)}${out.slice(b)}`;
  return out;
}

/** A surname in an oblique case after initials: «… заместителю Министра А.В. Ермолаеву ежемесячно …» goes on. */
const SURNAME_NEXT = /^\s+[А-ЯЁ][а-яё]+(?:ову|еву|ину|ыну|ова|ева|ина|ына|овой|евой|иной|ым|ой|ому|ого|ских|ской|скому|ского|ов|ев|ин)(?![\p{L}])/u;

/**
 * Where in an item's text a sentence after the first opens that names executors of its own in the dative and asks them («…
 * обеспечить охрану порядка. Организаторам мероприятий направлять … уведомления …»), when the first names its own too; -1 if none.
 */
/** A body or post that answers for a task, first in a sentence (not «Победителям конкурса вручить …», «Ответственным …»). */
const EXECUTOR_KIND = /^(?:[А-ЯЁ][а-яё]+(?:ому|ему|ой|им|ым)\s+)?(?:[Оо]тдел|[Уу]правлени|[Кк]омитет|[Дд]епартамент|[Мм]инистерств|[Аа]дминистраци|[Рр]уководител|[Гг]лав[аеы]|[Гг]лавам|[Нн]ачальник|[Дд]иректор|[Оо]рганизатор|[Зз]аведующ|[Пп]редседател|[Сс]пециалист|[Уу]чреждени|[Оо]рганизаци|[Сс]лужб|[Ии]нспекци|[Аа]гентств|МУП|МКУ|МБУ|МАУ|ГКУ|ГБУ|ООО|АО|ОМВД|УМВД|МО\s+МВД)/u;

function ownSentenceAt(text: string): number {
  const sentences = sentencesOf(text);
  if (sentences.length < 2 || !/[.]\s*$/u.test(sentences[0]!)) return -1;
  const first = splitExecutors(squash(sentences[0]!));
  if (!first || first.executors.length === 0) return -1;
  let at = sentences[0]!.length;
  for (const sentence of sentences.slice(1)) {
    const t = squash(sentence);
    const own = /^[А-ЯЁ]/u.test(t) && isDativeWord(t.split(/\s+/u)[0]!) && EXECUTOR_KIND.test(t) ? splitExecutors(t) : null;
    if (own && own.executors.length > 0 && hasInfinitive(own.rest) && own.executors.every((e) => !first.executors.some((f) => squash(f.text) === squash(e.text)))) return at;
    at += sentence.length;
  }
  return -1;
}

function sentencesOf(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    // «… до 14 июля 2011 года представить …, далее ежемесячно до 5 числа …»: the second term is its own.
    // («… до 1 июня 2024 года и далее ежеквартально», «…, а далее – ежемесячно»: the same.)
    if ((ch === ',' && /^\s+(?:а\s+)?далее\s/u.test(text.slice(i + 1))) || (ch === ' ' && /^и\s+далее\s/u.test(text.slice(i + 1)) && /\d|года?\.?$/u.test(text.slice(Math.max(0, i - 6), i)))) {
      out.push(text.slice(start, i + 1));
      start = i + 1;
      continue;
    }
    if (ch === ';' || (ch === '.' && /^\s+[А-ЯЁ«"]/u.test(text.slice(i + 1)) && !/(?:^|[\s(])(?:г|гг|[А-ЯЁ]|ст|п|пп|ч|им|т\.д|т\.п|др|ул|д|пл|пер|пр|просп|наб|мкр|пос|обл)$/u.test(text.slice(Math.max(0, i - 7), i)) && !(/(?:^|[\s(])[А-ЯЁ]\.\s?[А-ЯЁ]$/u.test(text.slice(Math.max(0, i - 7), i)) && SURNAME_NEXT.test(text.slice(i + 1))))) {
      out.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) out.push(text.slice(start));
  return out.map((s) => s.trim()).filter((s) => s !== '');
}

/**
 * «- Отделам ЗАГС: / 2.1. обеспечить …»: a Word list rendered with bullets loses its items' numbers but not its
 * sub-items'; a numbered sub-item right after a bulleted heading that names executors and ends with «:» is its child.
 */
function adoptBulletSubItems(clauses: Clause[]): void {
  for (let i = 1; i < clauses.length; i += 1) {
    const c = clauses[i]!;
    const heading = clauses[i - 1]!;
    if (c.parentClause !== null || c.main.marker?.style !== 'decimal' || !c.main.marker.value.includes('.')) continue;
    if (heading.main.marker?.style !== 'dash' || heading.children.length > 0 || !/:\s*$/u.test(heading.main.text) || leadingExecutors(heading.main.text) === null) continue;
    for (let k = i; k < clauses.length; k += 1) {
      const sub = clauses[k]!;
      if (sub.parentClause !== null || sub.main.marker?.style !== 'decimal' || sub.main.marker.value.split('.')[0] !== c.main.marker.value.split('.')[0]) break;
      sub.parentClause = heading;
      heading.children.push(sub);
    }
  }
}

/**
 * A letter's ask that ends with «:» right before the list: «… прошу Вас принять следующие меры …: / - установить …».
 */
/** A sender's lead that calls on those named below it: «Администрация города настоятельно рекомендует и призывает:». */
const CALLS_ON = /(?<![\p{L}])(?:рекомендует|призывает|просит|обязывает|предлагает)(?:\s+и\s+(?:рекомендует|призывает|просит|обязывает|предлагает))?\s*:\s*$/iu;

/**
 * A step that names its term and, after a dash, what is owed, the verb left in the lead: «до 20 мая 2025 года – информацию о …;»,
 * «ежеквартально, до 5 числа месяца, следующего за отчетным кварталом, – сведения о …».
 */
/** A step that names what is owed and, after a dash, its term: «месячной отчетности – ежемесячно, не позднее 10 числа …». */
const OBJECT_DASH_TERM = /^[^–—:;]{3,100}?\s[–—-]\s+(?:(?:ежемесячно|ежеквартально|ежегодно|еженедельно|ежедневно)(?![\p{L}])|(?:в\s+срок\s+)?(?:до|не\s+позднее|не\s+позже|к)\s+\d)/iu;

const TERM_DASH_OBJECT =
  /^(?:(?:[Вв]\s+срок\s+)?(?:[Дд]о|[Нн]е\s+позднее|[Нн]е\s+позже|[Кк])\s+[^–—;]{1,60}?|(?:[Ее]жемесячно|[Ее]жеквартально|[Ее]женедельно|[Ее]жегодно|[Ее]жедневно|[Ее]жеполугодно)[^–—;]{0,90}?)\s*,?\s*[–—-]\s+\p{Ll}/u;

/** Whether a letter's lead asks softly («прошу», «просим», «рекомендуем», «напоминаем»), so its steps are recommendations. */
/** A demand over the items after it: «ТРЕБУЮ:», «Требую:», «… требует:». */
const DEMANDS = /(?:^|[\s,(])(?:требую|требуем|требует)\s*:\s*$/iu;
const SOFT_LEAD = /(?<![\p{L}])(?:прошу|просим|просит|просьба|рекоменду|напомина)/iu;

/**
 * A letter's ask that ends with «:» over a run of clauses that carry no verb of their own: the run (those right after it for
 * which `step` holds) are its steps, each asked of the addressees, and the lead is their heading.
 */
function markLeadOverRun(clauses: Clause[], lead: (c: Clause, next: Clause) => boolean, step: (c: Clause) => boolean): void {
  const at = clauses.findIndex((c, i) => c.letter && c.main.marker === null && /:\s*$/u.test(c.main.text) && ASK.test(c.main.text) && clauses[i + 1] !== undefined && lead(c, clauses[i + 1]!) && step(clauses[i + 1]!));
  const head = clauses[at];
  if (!head) return;
  const soft = SOFT_LEAD.test(head.main.text);
  for (let i = at + 1; i < clauses.length && step(clauses[i]!); i += 1) clauses[i]!.letterStep = { soft, lead: head.main.text };
  head.letterLead = true;
}

function markLetterSteps(clauses: Clause[]): void {
  // «… просит организовать работу и представить: / до 20 мая 2025 года – информацию …; / ежеквартально, до 5 числа …, – сведения …»:
  // unmarked lines, each a term and what is owed by it, under a lead whose verb they share.
  markLeadOverRun(clauses, (c) => hasInfinitive(c.main.text), (c) => TERM_DASH_OBJECT.test(c.main.text) && c.parentClause === null);
  // «… просит обеспечить представление … отчетности … в следующие сроки: / 1) месячной отчетности – ежемесячно, не позднее 10 числа …;
  // / 2) квартальной отчетности – не позднее 15 числа …»: numbered lines, each what is owed and, after a dash, its term.
  markLeadOverRun(clauses, (c) => /(?<![\p{L}])сроки\s*:\s*$/iu.test(c.main.text), (c) => c.main.marker !== null && c.parentClause === null && OBJECT_DASH_TERM.test(c.main.text));
  // «… просит представить следующую информацию: / | № | Наименование информации | Срок представления |»: the rows are the asks.
  // (Only rows with a term column: a form to fill in under «… по следующей форме:» asks nothing row by row.)
  markLeadOverRun(
    clauses,
    (c) => !c.row && clauses.slice(clauses.indexOf(c) + 1).some((r) => r.row !== undefined && r.row.deadline !== ''),
    (c) => c.row !== undefined,
  );
  // «В связи с изложенным прошу: / организовать информирование граждан …; / обеспечить прием заявлений …»: steps whose
  // marks the copy lost, each a line that opens with its verb in lower case.
  markLeadOverRun(clauses, (c) => STRONG_ASK.test(c.main.text), (c) => c.main.marker === null && c.parentClause === null && /^[а-яё]/u.test(c.main.text) && startsWithInfinitive(c.main.text));
  // (The steps are the list's items, or the letter's own paragraphs when they are marked.)
  // («… Администрация … напоминает Вам о необходимости принятия мер …:» asks the same way.)
  // («ТРЕБУЮ:» over a prosecutor's representation's items: a demand of the addressee.)
  const at = clauses.findIndex((c, i) => c.letter && c.main.marker === null && /:\s*$/u.test(c.main.text) && (STRONG_ASK.test(c.main.text) || REMINDS.test(c.main.text) || DEMANDS.test(c.main.text)) && clauses[i + 1]?.main.marker != null);
  const lead = clauses[at];
  if (lead) {
    const soft = SOFT_LEAD.test(lead.main.text);
    const run: Clause[] = [];
    // (Past an item's own sub-items, «6. …: / а) … / б) …», the list goes on with «7.».)
    for (let i = at + 1; i < clauses.length && clauses[i]!.main.marker !== null; i += 1) if (clauses[i]!.parentClause === null) run.push(clauses[i]!);
    // Steps are actions («- установить …»); a list of what to report («1) о численности …») stays the ask's contents.
    // (A reminder's list may end with a rule in the passive, «… должны быть обкошены …»: the steps are the actions.)
    // («1. В срок до 25 августа 2021 года представить …», «2. Ежемесячно, не позднее 1 числа, информировать …»: a term first.)
    // («– информацию об итогах проведения декады представить … до 20 октября 2024 года»: the object first, then the verb.)
    const acting = run.filter((c) => startsWithInfinitive(c.main.text) || startsWithInfinitive(c.main.text.replace(TERM_OPENING, '')) || objectFirstStep(sentencesOf(c.main.text)[0] ?? ''));
    // («1. … представить …; … 6. В целях подготовки …: а) …; 8. Администрации города Абакана дополнительно представить …»: in a long
    // list most of whose items open with their verb, those are steps; the others — a heading over sub-items, an ask of one body
    // named first — are read on their own.)
    const mostly = acting.length >= 3 && acting.length * 3 >= run.length * 2;
    if (run.length > 0 && (acting.length === run.length || mostly || (REMINDS.test(lead.main.text) && startsWithInfinitive(run[0]!.main.text)))) {
      for (const c of acting) c.letterStep = { soft };
      // (The rule among the steps orders no one.)
      if (!mostly || acting.length === run.length) for (const c of run) if (!acting.includes(c)) c.kind = 'other';
      lead.letterLead = true;
      // «- осуществлять допуск …; привести технику …; обеспечить соблюдение …»: several actions in one marked line are several steps.
      for (const c of acting) {
        const parts = c.main.text.split(/;\s+/u).reduce<string[]>((acc, p) => {
          if (acc.length > 0 && !startsWithInfinitive(p)) acc[acc.length - 1] = `${acc[acc.length - 1]!}; ${p}`;
          else acc.push(p);
          return acc;
        }, []);
        if (parts.length < 2) continue;
        const index = clauses.indexOf(c);
        clauses.splice(index, 1, ...parts.map((p) => ({ ...c, main: { ...c.main, text: p.trim() } })));
      }
    }
  }
}

/**
 * «Информацию … необходимо направлять … в следующие установленные сроки: / - за 1 полугодие … не позднее 10 июля …; /
 * - за 9 месяцев … не позднее 10 октября …»: the marked lines are the ask's terms, each an entry of the ask.
 */
function attachTermLines(clauses: Clause[]): void {
  for (let at = 0; at < clauses.length; at += 1) {
    const lead = clauses[at]!;
    if (!lead.letter || lead.letterLead || lead.main.marker !== null || !/(?<![\p{L}])сроки\s*:\s*$/iu.test(lead.main.text)) continue;
    let end = at + 1;
    while (end < clauses.length && clauses[end]!.main.marker !== null && clauses[end]!.parentClause === null && TERM_WORD.test(clauses[end]!.main.text)) end += 1;
    if (end === at + 1) continue;
    lead.subs.push(...clauses.slice(at + 1, end).map((c) => c.main));
    clauses.splice(at + 1, end - at - 1);
  }
}

/**
 * «… Комитет … просит организовать предоставление … сведений …» / «Информацию по прилагаемой форме необходимо направлять …
 * в следующие сроки: …»: a paragraph asking for information with no term of its own, then the one that says where and
 * when to send it — one ask, whose entries are the second's.
 */
function foldInformationAsk(clauses: Clause[]): void {
  for (let at = 0; at + 1 < clauses.length; at += 1) {
    const ask = clauses[at]!;
    const then = clauses[at + 1]!;
    if (!ask.letter || !then.letter || ask.main.marker !== null || then.main.marker !== null) continue;
    if (!STRONG_ASK.test(ask.main.text) || !/(?<![\p{L}])(?:предоставлени|представлени|сбор|направлени)[а-яё]*\s+(?:[а-яё]+\s+){0,3}(?:сведени|информаци|данн|отчет)/iu.test(ask.main.text)) continue;
    if (TERM_WORD.test(ask.main.text) || /(?<![\p{L}])(?:срок|до\s+\d)/iu.test(ask.main.text)) continue;
    if (!/^(?:информаци|сведени|данные|отч[её]т|указанн)/iu.test(then.main.text) || !(TERM_WORD.test(fullText(then)) || /(?<![\p{L}])сроки?(?![\p{L}])/iu.test(then.main.text))) continue;
    ask.letterLead = true;
  }
}

/** Words a term is written with: a day and month, a date, «числа», a quarter, a year. */
const TERM_WORD = /\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)|\d{1,2}\.\d{1,2}\.\d{2,4}|(?<![\p{L}])(?:числа|квартал[а-яё]*|ежемесячно|ежеквартально|ежегодно)(?![\p{L}])/iu;

/** A letter's body paragraphs after the salutation, up to the signature: each may ask something. */
function letterClauses(blocks: readonly Block[], st: Structure, region: Region, out: Clause[], addressees: { text: string } | null): void {
  const salutation = st.roles.findIndex((r) => r === 'salutation');
  const from = Math.max(region.start, salutation >= 0 ? salutation + 1 : region.start);
  // «В целях своевременной подготовки к кампании просим:»: the letter's request, whose list follows it.
  const request = blocks.findIndex((b, k) => k >= from && k < region.end && /(?<![\p{L}])(?:прошу|просим)(?![\p{L}])[^.;]*:\s*$/iu.test(b.text));
  for (let i = from; i < region.end; i += 1) {
    const b = blocks[i]!;
    const role = st.roles[i];
    if (role === 'footer' || role === 'attachment' || role === 'signature') break;
    const previous = out[out.length - 1];
    if ((role === 'deadline' || role === 'responsible') && previous?.letter) {
      (role === 'deadline' ? previous.deadlineBlocks : previous.responsibleBlocks).push(b);
      continue;
    }
    // «Руководителям … Федерации Министерство … просит …»: the address block run into the first paragraph is not part of the ask.
    const main = addressees && b.text.startsWith(addressees.text) && b.text.length > addressees.text.length + 20 ? { ...b, text: b.text.slice(addressees.text.length).trim() } : b;
    out.push({ item: null, parent: null, line: b.line, main, subs: [], deadlineBlocks: [], responsibleBlocks: [], children: [], parentClause: null, beforeSection: false, inArticle: false, letter: true, background: i < request });
  }
}
