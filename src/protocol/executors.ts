import { RELATIVE_CLAUSE } from '../deadline/index.js';
import { isSubstantivePost } from '../directory/index.js';
import { blankQuotes, capitalizeFirst, ROLE_NOTE, stripTrailingPunctuation, TELLS } from './text.js';

/**
 * Who a clause orders to act. Russian acts write «[Поручить|Рекомендовать] <executors in
 * the dative> [совместно с <co-executors>] [при участии <participants>] [<when>] <infinitive>
 * …»: the executors are the noun phrases in the dative before the ordered verb, outside
 * quoted titles and parentheses, after any adverbial that opens the clause («Во
 * исполнение …», «В целях …», «До 1 июля 2022 г.»). Participants («с участием», «при
 * участии», «с привлечением») are not executors; partners «совместно с» and «во
 * взаимодействии с» are co-executors. A person in parentheses stays with their body
 * («Минтрансу России (Е.И.Дитриху)»).
 */

export interface ExecutorPhrase {
  role: 'executor' | 'co-executor';
  text: string;
  /** Written in the accusative after «Обязать», «Просить»: «руководителей предприятий». */
  accusative?: boolean;
}

export interface ExecutorSplit {
  /** «Рекомендовать», «Предложить», «Поручить», «Просить», «Обязать» or ''. */
  lead: string;
  recommendation: boolean;
  executors: ExecutorPhrase[];
  /** The ordered verb, e.g. «направить». */
  verb: string;
  /** The text from the verb on. */
  rest: string;
}

const LEAD = /^(рекомендовать|рекомендуется|предложить|поручить|просить|обязать|обязываю|поручаю|предлагаю|предлагаем|рекомендую|рекомендуем|прошу|просим)\s+/iu;
const RECOMMENDING = new Set(['рекомендовать', 'рекомендуется', 'предложить', 'просить', 'предлагаю', 'предлагаем', 'рекомендую', 'рекомендуем', 'прошу', 'просим']);
/** Leads whose executors stand in the accusative («Просить Министерство …», «Обязать руководителей …»). */
const ACCUSATIVE_LEADS = new Set(['просить', 'обязать', 'обязываю', 'прошу', 'просим']);

/** Nouns that end like an infinitive. */
const NOT_VERBS = new Set([
  'печать', 'кровать', 'мать', 'благодать', 'рать', 'сеть', 'треть', 'путь', 'суть', 'ртуть', 'нить', 'память', 'опять',
  'пять', 'девять', 'десять', 'знать', 'тетрадь', 'вспять', 'гать', 'медь', 'бить', 'часть', 'власть', 'честь', 'весть', 'горсть',
  'кость', 'злость', 'новость', 'область', 'очередность', 'степь',
]);
/** Infinitives in -ти and -чь, listed: a suffix test would take «области» and «власти» for verbs. */
const TI_VERBS =
  /^(?:[а-яё]{0,7})(?:вести|нести|везти|расти|брести|ползти|лезти|обрести|мочь|печь|беречь|влечь|сечь|учесть|зачесть|вычесть|цвести|мести|плести|грести|трясти|пасти|спасти|красть|класть|сесть|есть)(?:сь)?$/u;

export function isInfinitive(word: string): boolean {
  const w = word.toLowerCase();
  if (w.length < 4 || NOT_VERBS.has(w) || /дцать$/u.test(w)) return false;
  // «-сти/-зти/-сть» verbs are few («провести», «внести», «учесть»); nouns in «-сти», «-ость» are many («области», «деятельности»).
  if (/(?:сти|зти|сть|чь)(?:сь)?$/u.test(w)) return TI_VERBS.test(w);
  if (/(?:ать|ять|еть|ить|оть|уть|ыть|ють)(?:ся)?$/u.test(w)) return true;
  return /^(?:[а-яё]{0,6})(?:йти|идти)(?:сь)?$/u.test(w);
}

/** Words that head an executor phrase in the dative, written in lower case («органам», «главам», «комитету»). */
export const LOWER_DATIVE_HEAD =
  /^(?:органам|органу|главам|главе|руководителям|руководителю|администрациям|администрации|управлению|управлениям|отделу|отделам|комитету|комитетам|департаменту|департаментам|министерству|министерствам|службе|службам|агентству|учреждениям|учреждению|организациям|организации|предприятиям|предприятию|заместителю|заместителям|начальнику|начальникам|директору|директорам|председателю|председателям|членам|операторам|оператору|лицам|представителям|уполномоченному|секретарю|прокурору|ректорам|ректору|заведующим|заведующему|командирам|командиру|филиалу|филиалам|центру|центрам|инспекции|палате|думе|советам|совету|фонду|фондам|аппарату|исполнительному|территориальным|территориальному|муниципальным|муниципальному|государственным|государственному|федеральным|федеральному|региональным|региональному|областным|областному|районным|районному|городским|городскому|первому|образовательным|общеобразовательным|медицинским|хозяйствующим|юридическим|индивидуальным|собственникам|управляющим|владельцам|владельцу|пользователям|арендаторам|нанимателям|застройщикам|поставщикам|перевозчикам|производителям|плательщикам|налогоплательщикам|родителям|предпринимателям|страхователям|жителям|гражданам|специалистам|сотрудникам|работникам|участникам|субъектам|поселениям|муниципальным|исполнительным|структурным|подведомственным|иным|всем|профильным|заинтересованным|соответствующим)$/iu;

/** Nominative endings that a dative test would misread («Положение», «Настоящее», «органы»). */
const NOMINATIVE_ENDINGS = /(?:ие|ье|ое|ее|ые|ие|ий|ый|ой|ая|яя|ое|ых|их)$/u;

/** Whether a word can be an executor's head in the dative (noun or agreeing adjective). */
/** Function words and adverbs that end like a dative: «Между», «Согласно», «Также», «Благодаря». */
const NOT_DATIVE = new Set([
  'между', 'согласно', 'ввиду', 'вследствие', 'благодаря', 'вопреки', 'навстречу', 'поэтому', 'потому', 'почему', 'тому', 'кому', 'чему',
  'сразу', 'снизу', 'сверху', 'также', 'тоже', 'вместе', 'кроме', 'ниже', 'выше', 'позже', 'ранее', 'более', 'менее', 'вне', 'где', 'все',
  'вновь', 'однако', 'либо', 'или', 'при', 'по', 'ко', 'во', 'до', 'на', 'не', 'ни', 'же', 'уже', 'еще', 'ещё', 'лишь', 'вследствии', 'сейчас',
  'впредь', 'помимо', 'ранее', 'далее', 'затем', 'всему', 'всем', 'своему', 'своим', 'этому', 'этим', 'данному', 'данным', 'настоящему',
  'указанному', 'указанным', 'вышеуказанному', 'вышеуказанным', 'нему', 'ним', 'ему', 'им', 'ей', 'каждому', 'любому', 'одному', 'другому',
  'которому', 'которым', 'какому', 'никому', 'ничему', 'тем', 'посему', 'сему', 'прежде', 'вообще', 'вполне', 'ближайшее', 'дополнительно',
  'таким', 'каким', 'самым', 'нашим', 'вашим', 'всю', 'свою', 'мою', 'твою', 'эту', 'ту', 'одну', 'саму', 'нашу', 'вашу',
  // Nouns and names in the nominative or accusative that end like a plural adjective's dative («-им»): «Режим работы буфетов
  // согласовать …», «Псевдоним …».
  'режим', 'интим', 'грим', 'экстрим', 'пилигрим', 'псевдоним', 'аноним', 'максим', 'вадим', 'ефим', 'серафим', 'рим',
]);

/** Objects in the accusative that end like a dative: «Оплату … произвести», «Работу … организовать», «Проверку … провести». */
const ACCUSATIVE_OBJECT =
  /^(?:оплат|работ|систем|программ|заявк|форм|справк|проверк|подготовк|разработк|выплат|плат|помощ|поддержк|экспертиз|сумм|карт|схем|процедур|норм|услуг|защит|охран|уборк|очистк|посадк|замен|установк|закупк|оценк|продаж|рассылк|печат|информаци|документаци|регистраци|публикаци|реализаци|работ|встреч|выставк|ярмарк|акци|кампани|церемони|трансляци|экскурси|конференци|торговл|продукци|технологи|территори|площадк|дорог|улиц|площад|сеть|связ|отчетност|деятельност|ответственност|необходимост|возможност|готовност|безопасност|ссылк|копи|ведомост|таблиц|заявлени|подач|выдач|задач|передач|сдач|поставк|доставк|перевозк)(?:у|ю)$/iu;

/** Posts in the nominative that open a person's name as the executor: «Специалист администрации …», «Инспектор по благоустройству …». */
const NOMINATIVE_POST =
  '(?:Глава|Специалист|Ведущий\\s+специалист|Главный\\s+специалист|Заместитель|Инспектор|Староста|Председатель|Начальник|Заведующ(?:ий|ая)|Руководитель|Художественный\\s+руководитель|Классный\\s+руководитель|Директор|Секретарь|Бухгалтер|Главный\\s+бухгалтер|Учитель|Методист|Инженер|Мастер|Участковый|Культорганизатор)';
/** A surname in the nominative with initials: «Бондаренко Л.Н.», «Карпов А.П.», «Ткачёв В.М.» (not a dative «Карпову», «Беловой»). */
const NOMINATIVE_SURNAME = '[А-ЯЁ][а-яё]*(?:ов|ев|ёв|ин|ын|ий|ая|ова|ева|ёва|ина|ына|ко|ук|юк|ич|ян|их|ых|ец|ль|ман|дзе|швили|ена|[бвгджзклмнпрстфхцчшщ])(?:-[А-ЯЁ][а-яё]+)?\\s+[А-ЯЁ]\\.\\s?[А-ЯЁ]\\.?';

/** A person in the nominative, with or without the post before the name. */
const NOMINATIVE_PERSON = new RegExp(`^(?:(?:${NOMINATIVE_POST})(?:\\s+[^\\s,;:]+){0,6}\\s+)?${NOMINATIVE_SURNAME}$`, 'u');

export function isDativeWord(word: string): boolean {
  const w = word.replace(/[«»"()]/gu, '');
  if (w === '' || NOT_DATIVE.has(w.toLowerCase()) || ACCUSATIVE_OBJECT.test(w)) return false;
  if (LOWER_DATIVE_HEAD.test(w)) return true;
  // Indeclinable abbreviations: «МЧС», «УМВД», «Минэкономразвития» (followed by «России»/«области»).
  if (/^[А-ЯЁ]{2,5}(?:-[А-ЯЁ]+)?$/u.test(w)) return !/^(?:РЕШИЛ|ПЛАН|ПРИКАЗ|СРОК|ПУНКТ|ИТОГИ)$/u.test(w);
  // «ОНДиПР», «УНДиПР», «ГОиЧС»: an abbreviation with a conjunction in lower case inside it.
  if (/^[А-ЯЁ]{2,4}и[А-ЯЁ]{1,4}$/u.test(w)) return true;
  // («ОГИБДД», «ГУФСИН»: six letters with few vowels; «ПРИКАЗ», «ПРОЕКТ», «СПИСОК» are words, «УЧЕСТЬ», «ВНЕСТИ» verbs.)
  if (/^[А-ЯЁ]{6}$/u.test(w) && (w.match(/[АЕЁИОУЫЭЮЯ]/gu) ?? []).length <= 2) return !/(?:ТЬ|ТИ|ЧЬ)$/u.test(w) && !/^(?:ПРИКАЗ|ПРОЕКТ|ПУНКТЫ|ВОПРОС|ГРАФИК|ДОКЛАД|СОСТАВ|СПИСОК|РАЗДЕЛ|ГЛАВАМ|ДОГОВОР)$/u.test(w);
  // «Районо т. Белоусову освободить …», «Облоно», «Райфо»: the indeclinable bodies of Soviet acts.
  if (/^(?:рай|гор|обл)(?:оно|фо|зо|по)$|^сельпо$/iu.test(w)) return true;
  if (/^Мин[а-яё]+/u.test(w) && /(?:развития|природы|обрнауки|просвещения|культуры|экономразвития|цифры|энерго|спорта|юст|обороны|транса|фина|здрава|труда|строя|сельхоза|промторга)$/u.test(w)) return true;
  const lower = w.toLowerCase();
  if (lower.length < 3) return false;
  // A writer's verb in the first person: «Обращаю внимание, что …», «Сообщаю …», «Информирую …» (not «краю»).
  if (/^(?:сообща|информиру|обраща|направля|предлага|рекоменду|поруча|напомина|уведомля|разъясня|представля|прилага|счита|полага|подтвержда|возлага|оставля|доклады|поддержива)ю$/u.test(lower)) return false;
  // («Напомним, сообщить …», «Отметим, что …»: a writer's verb in the first person plural, not a plural adjective.)
  if (/^(?:напомн|отмет|подчеркн|уточн|добав|замет|сообщ|повтор|обрат|рассмотр|предлож|попрос|приглас)(?:им|ем|ём)$/u.test(lower)) return false;
  if (/(?:ому|ему)$/u.test(lower)) return true; // adjectives, singular
  if (/(?:ым|им)$/u.test(lower) && lower.length > 4) return true; // adjectives, plural
  if (/(?:ам|ям)$/u.test(lower)) return true; // nouns, plural
  // «Управлению», «учреждению» (neuter «-ние/-тие»); «информацию», «комиссию» are accusative.
  if (/ию$/u.test(lower)) return /(?:ни|ти|ье|ьи)ю$/u.test(lower) || /[нт]ию$/u.test(lower);
  if (/(?:у|ю)$/u.test(lower) && !/(?:ую|юю)$/u.test(lower)) return true; // nouns, masculine and neuter
  if (/ии$/u.test(lower)) return true; // «Администрации», «Комиссии»
  if (/(?:ой|ей)$/u.test(lower) && /^[А-ЯЁ]/u.test(w) && lower.length > 4) return true; // «Ивановой», «Главе»-like feminine persons
  // («Следите», «Читайте», «Подпишитесь»: an imperative, not a dative.)
  if (/е$/u.test(lower) && !NOMINATIVE_ENDINGS.test(lower) && !/(?:ите|йте|ьте)$/u.test(lower)) return true; // «Службе», «Палате», «Думе»
  return false;
}

/** Verbs that tell of an order already given: «Глава государства поручил …», «… предложил …». */
const REPORTING =
  /^(?:поручил[аио]?|предложил[аио]?|рекомендовал[аио]?|дал[аио]?|указал[аио]?|потребовал[аио]?|обязал[аио]?|призвал[аио]?|просил[аио]?|попросил[аио]?|заявил[аио]?|отметил[аио]?|сообщил[аио]?|подчеркнул[аио]?|напомнил[аио]?|поручили|предложили|рекомендовали)$/iu;

/** Heads of a body or official in the nominative: «Управление …», «Отдел …», «Главы поселений …». */
export const ORG_NOMINATIVE =
  /^(?:пресс-служба|пресс-центр|управление|отдел|комитет|департамент|администрация|администрации|министерство|служба|агентство|учреждение|учреждения|организации|предприятия|главы|руководители|начальник|начальники|директор|директора|заместитель|председатель|представители|представитель|комиссия|штаб|центр|инспекция|фонд|аппарат|секретариат|сектор|филиал|правление|руководитель|глава|отделы|управления|комитеты|органы|оргкомитет|милиция|полиция|прокуратура|больница|поликлиника|школа|школы|редакция|МУП|МБУ|МКУ|ГКУ|ГБУ|ГБОУ|МБОУ|МАУ|ООО|АО|ОАО|ПАО|ЗАО|ГУВД|ОВД|УВД|МВД|УМВД|ОМВД|ГИБДД|МЧС)$/iu;

/** Bodies whose accusative differs from their nominative and from any dative: «Рабочую группу», «Комиссию», «Администрацию района». */
const ORG_ACCUSATIVE = /^(?:рабочую|межведомственную|постоянную|комиссию|группу|службу|инспекцию|администрацию|дирекцию|палату|редакцию|прокуратуру|полицию|милицию|федерацию|ассоциацию)$/iu;

/** «постоянной комиссии», «районной администрации»: a feminine adjective in the dative before its noun. */
const FEMININE_DATIVE_ADJECTIVE = /^[а-яё]{3,}(?:н|к|ск|ов|ев|ьн|ч|ж|ш|щ)(?:ой|ей)$/iu;

/**
 * «постоянной комиссии», «районной территориальной комиссии по …»: feminine adjectives in the dative (up to three) before
 * their noun.
 */
function feminineDative(words: ReadonlyArray<{ word: string }>): boolean {
  let i = 0;
  while (i < 3 && FEMININE_DATIVE_ADJECTIVE.test(words[i]?.word ?? '')) i += 1;
  return i > 0 && isDativeWord(words[i]?.word ?? '');
}

/** Adverbials that may open a clause before its executors. */
const OPENING_ADVERBIAL =
  /^(?:во?\s|до\s|к\s|для\s|с\s+целью|по\s|на\s+основании|учитывая|согласно|при\s|в\s+целях|в\s+соответствии|в\s+связи|в\s+рамках|в\s+срок|в\s+течение|не\s+позднее|ежемесячно|ежеквартально|еженедельно|ежегодно|в\s+случае|с\s+учетом|с\s+(?:наступлением|началом|окончанием|завершением|момента|даты|\d)|начиная|после|в\s+период|в\s+\d|\d)/iu;

/** Where an executor list stops: a term, a manner, participants or partners. */
const STOP =
  /\s(?:в\s+срок(?:и)?|до\s+(?:\d|конца|начала|окончания|завершения|[«"]?\d)|не\s+позднее|не\s+позже|в\s+течение|на\s+(?:регулярной|постоянной|плановой|систематической)\s+основе|ежемесячно|ежеквартально|еженедельно|ежегодно|ежедневно|ежедекадно|постоянно(?![\p{L}])|регулярно(?![\p{L}])|раз\s+в|один\s+раз|в\s+[\d\s-]*(?:[а-яё]+дневный|[а-яё]*суточный|[а-яё]*недельный|[а-яё]*месячный|дневный|недельный|месячный)\s+срок|в\s+(?:19|20)\d\d\s+год|в\s+(?:19|20)\d\d\s*[-–—]\s*(?:19|20)\d\d|во?\s+(?:первой|второй)\s+половине|в\s+(?:I|II|III|IV|первом|втором|третьем|четвертом)\s+(?:квартале|полугодии)|в\s+пределах|в\s+установленн|на\s+период|в\s+период\s+(?:с\s|(?:19|20)\d\d)|в\s+рамках|в\s+целях|в\s+процессе|в\s+ходе|по\s+согласованию|с\s+участием|при\s+участии|с\s+привлечением|в\s+кратчайш|незамедлительно|в\s+случае|по\s+итогам|на\s+основании|в\s+соответствии|во\s+исполнение|с\s+учетом|в\s+том\s+числе|к\s+\d|к\s+(?:началу|концу|очередному|следующему)|в\s+(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)|в\s+месячный|в\s+двухнедельный|в\s+недельный|в\s+оперативном|оперативно|в\s+обязательном\s+порядке|в\s+(?:установленном\s+)?порядке(?:,|\s+(?:установленном|предусмотренном|определенном|определённом))|в\s+первоочередном|по\s+мере|при\s+необходимости|начиная\s+с|с\s+\d{1,2}[.\s]|на\s+базе|за\s+сч[её]т)/iu;

// A leading «[\s,]+» rather than «\s*,?\s*»: the optional prefix made every start position expensive.
const CO = /[\s,]+(?:совместно\s+со?|во?\s+взаимодействии\s+со?)\s+/iu;
const PARTICIPANTS = /[\s,]+(?:с\s+участием|при\s+участии|с\s+привлечением)\s+/iu;

/** Offsets of words in `masked` that stand outside parentheses, with their text. */
function wordsOutside(masked: string): Array<{ word: string; index: number }> {
  const out: Array<{ word: string; index: number }> = [];
  let depth = 0;
  for (const m of masked.matchAll(/[()]|[А-Яа-яЁёA-Za-z]+(?:-[А-Яа-яЁё]+)?/gu)) {
    if (m[0] === '(') depth += 1;
    else if (m[0] === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) out.push({ word: m[0], index: m.index });
  }
  return out;
}

/** A name ending in a run of abbreviations after a lower-case word: «… по делам ГО», «… по делам ГО, ЧС». */
const ABBREVIATION_TAIL = /\p{Ll}+\s+[А-ЯЁ]{2,5}(?:(?:\s*,\s*|\s+и\s+)[А-ЯЁ]{2,5})*$/u;

/**
 * The partners after «совместно с»: a list of names in the instrumental, each as `splitList` parts datives, and parted again
 * where the next one opens in the instrumental («Минфином России (А.Г.Силуановым) и заинтересованными федеральными органами …»,
 * «…, Министерством культуры»); «по делам ГО и ЧС», «финансов и налоговой политики», «сельскими, городскими и поселковыми
 * администрациями» (adjectives before their one noun) stay whole.
 */
export function splitPartners(phrase: string): string[] {
  // («авиакомпаниями, осуществляющими региональные перевозки»: a participle with its object tells of the partner before it.)
  return splitList(phrase).flatMap((p) => p.split(/(?<![а-яё](?:ыми|ими))(?:\s*,\s*|\s+и\s+)(?=(?![а-яё]+(?:ющ|ящ|ащ|ущ|вш)ими\s+(?![а-яё]+(?:ами|ями)(?![\p{L}])))[а-яё]+(?:ыми|ими)\s|[А-ЯЁ][а-яё]+(?:ом|ем|ами|ями)(?:\s|$))|(?<![а-яё](?:ыми|ими)),\s*(?=[а-яё]{4,}(?:ами|ями)\s)/u).filter((x) => x.trim() !== ''));
}

/** Split a list of executors joined by «и», «,» or «;» where each part starts a new dative head. */
export function splitList(phrase: string): string[] {
  const parts: string[] = [];
  let current = '';
  let depth = 0;
  const tokens = phrase.split(/(\s*[,;]\s*|\s+и\s+|\s+а\s+также\s+)/u);
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    if (i % 2 === 1) {
      const next = tokens[i + 1] ?? '';
      const head = next.split(/\s+/u)[0] ?? '';
      // A new executor begins with a dative head («… и Министерству финансов …», «…, комитету …»);
      // a participle that agrees with the one before («…, ответственным за …», «…, оказывающим …») does not.
      const after = next.split(/\s+/u)[1] ?? '';
      // («управляющим компаниям»: a participle used as an adjective before its noun heads a new executor.)
      // («…, подающим тепловую энергию …»: «-ую» is the participle's object in the accusative, not a dative noun.)
      // («…; Заведующим детскими садами»: after «;» a capitalised post named by a participle is a new executor.)
      // («Предприятиям, государственным, муниципальным и частным учреждениям …»: a run of adjectives before their noun.)
      const adjectiveRun = /^[а-яё]+(?:ым|им)(?:\s*,\s*[а-яё]+(?:ым|им))*(?:\s*,\s*|\s+и\s+)[а-яё]+(?:ым|им)\s+[а-яё]+(?:ам|ям)(?![\p{L}])/u.test(tokens.slice(i + 1).join(''));
      // («Директорам школ, заведующим детскими садами»: «заведующим» with what it heads in the instrumental is a post, not a participle.)
      const post = /^(?:заведующ|командующ)(?:им|ему|ей)$/iu.test(head) && /^[а-яё]+(?:ими|ыми|ами|ями|ом|ем)$/u.test(after);
      const participle = !adjectiveRun && !post && !(/;/u.test(token) && /^[А-ЯЁ]/u.test(head) && isSubstantivePost(head)) && ((/(?:ющим|ющему|вшим|вшему|щимся|нным|нному)$/u.test(head) && (!/^[а-яё]+(?:ам|ям|ому|ему|у|ю)$/u.test(after) || /(?:ую|юю)$/u.test(after))) || (/^(?:за|в|на|по|при|с)$/u.test(after) && /(?:ым|им|ому|ему)$/u.test(head)));
      // (A noun before the preposition heads an executor of its own: «Управлению образования, отделу по делам молодежи …».)
      // (A name that ends with a quote closed it, though nested quotes left the count odd: «"Городской округ "Город Козьмодемьянск"».)
      const inQuotes = ((current.match(/"/gu) ?? []).length % 2) === 1 && !/"\s*$/u.test(current);
      // «Отделу по делам ГО и ЧС», «комиссии по ЧС и ПБ»: abbreviations joined after a word of the name are one name.
      const abbreviationPair = /^[А-ЯЁ]{2,5}$/u.test(head) && ABBREVIATION_TAIL.test(current);
      // «…, ТСЖ, гаражно-строительным кооперативам, автостоянкам»: a plural dative after an abbreviation or a plural dative is a new executor.
      const pluralAfterPlural = /(?:ам|ям|ым|им)$/u.test(head) && /(?:ам|ям|(?<![\p{L}])[А-ЯЁ]{2,6})$/u.test(current.trim());
      // «начальникам управлений … округов и главным врачам …»: an adjective and its plural noun after a plural head with its genitives.
      const pluralPair = /(?:ым|им)$/u.test(head) && (/^[а-яё]+(?:ам|ям)$/u.test(after) || adjectiveRun) && /^[А-ЯЁа-яё]+(?:ам|ям)(?:\s|$)/u.test(current.trim());
      // «… и постоянной комиссии по …»: an adjective before a body's dative head.
      // («управления по оргработе и муниципальной службе»: after «по» the pair is that preposition's, not a new executor.)
      const adjectiveHead = FEMININE_DATIVE_ADJECTIVE.test(head) && (LOWER_DATIVE_HEAD.test(after) || /^(?:комиссии|группе|службе|инспекции|палате|думе|дирекции|больнице|школе)$/u.test(after)) && !/(?:^|\s)по\s+\S+$/u.test(current.trim());
      // «Заместителю главы района, курирующему социальную сферу, Петровой О.В.»: the name of the one the post and its participle
      // describe (a name alone after a post that names no one yet).
      const nameOfPost = /^,/u.test(token.trim()) && /^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.?$/u.test(next.trim()) && POST_DATIVE.test(current.trim()) && !/[А-ЯЁ]\.\s?[А-ЯЁ]\./u.test(current) && /,\s*[а-яё]+(?:щему|вшему|щей|вшей)\s/u.test(current);
      // «… центров по делам гражданской обороны, чрезвычайным ситуациям и ликвидации …», «Отделу по природопользованию, земельным
      // ресурсам и управлению муниципальным имуществом»: the topics of a body's «по …» go on its name (not a body's head with a
      // genitive after it: «…, управлению образования»; nor bodies in the plural: «…, образовательным учреждениям»).
      const third = next.split(/\s+/u)[2] ?? '';
      const topic = /(?:^|\s)по\s+(?:делам\s+|вопросам\s+)?[а-яё]+(?:[\s,]+[а-яё]+){0,6}$/u.test(current.trim()) && /^[а-яё]/u.test(head) && (LOWER_DATIVE_HEAD.test(head) ? /^\s+и\s+$/u.test(token) && (/^[а-яё]+(?:ом|ем|ами|ями)$/u.test(after) || (/(?:ым|им)$/u.test(after) && /^[а-яё]+(?:ом|ем|ами|ями)$/u.test(third))) : !/^(?:учреждени|организаци|предприяти|школ|сад|больниц|поликлиник|хозяйств|граждан|жител|собственник|руководител|глав)/u.test(after) && !/^(?:руководител|глав|директор|начальник|заведующ)/u.test(head));
      // («Органам исполнительной власти Республики Дагестан, Кабардино-Балкарской Республики и Тверской области»: the regions of
      // one body's name, in the genitive.)
      // («высшим должностным лицам Свердловской, Тюменской, Курганской областей»: the regions' adjectives share the plural noun
      // after the last.)
      const regionRun = /^[А-ЯЁ][\p{L}-]+(?:ой|ей|ого|его)(?:(?:\s*,\s*|\s+и\s+)[А-ЯЁ][\p{L}-]+(?:ой|ей|ого|его))*\s+(?:областей|краев|краёв|районов|округов|республик|поселений|городов)(?![\p{L}])/u.test(tokens.slice(i + 1).join(''));
      const region =
        regionRun ||
        (/^[А-ЯЁ][\p{L}-]+(?:ой|ей|ого|его)$/u.test(head) && /^(?:Республики|области|края|автономного|округа|района)$/u.test(after) && /(?:Республики|области|края|округа|района|областей|краев|краёв|районов|округов|республик|[А-ЯЁ][а-яё]+)$/u.test(current.trim()));
      // («ОНДиПР по Усть-Кутскому и Киренскому районам»: the places a body's «по …» names, sharing their noun.)
      const places = /(?:^|\s)по\s+[А-ЯЁ][\p{L}-]+(?:ому|ему)$/u.test(current.trim()) && /^[А-ЯЁ][\p{L}-]+(?:ому|ему)$/u.test(head) && /^(?:район|округ|поселени|област|кра|муниципальн|городск|сельск)[а-яё]*(?:ам|ям|ым|им)$/u.test(after);
      if (depth === 0 && !inQuotes && current !== '' && !participle && !abbreviationPair && !nameOfPost && !topic && !region && !places && (isDativeWord(head) || adjectiveHead) && (/^[А-ЯЁ]/u.test(head) || LOWER_DATIVE_HEAD.test(head) || pluralAfterPlural || pluralPair || adjectiveHead)) {
        parts.push(current);
        current = '';
        continue;
      }
      current += token;
      continue;
    }
    // Parentheses and quotes hold names, not lists: «МКУ «Управление по делам ГО и ЧС»».
    for (const ch of token) {
      if (ch === '(' || ch === '«') depth += 1;
      if (ch === ')' || ch === '»') depth = Math.max(0, depth - 1);
    }
    current += token;
  }
  if (current.trim() !== '') parts.push(current);
  return adjectivesSharingNoun(parts.map((p) => stripTrailingPunctuation(p.replace(ROLE_NOTE, '').trim()).replace(/^(?:и|а\s+также)\s+/u, '')).filter((p) => p !== ''));
}

/** Plural dative adjectives in a row, comma-separated: «школьным, дошкольным», «государственным, общественным». */
const ADJECTIVES_ONLY = /^[а-яё]+(?:ым|им)(?:\s*,\s*[а-яё]+(?:ым|им))*$/iu;

/**
 * Adjectives that share one plural noun name a body each: «государственным, общественным организациям» → «государственным
 * организациям», «общественным организациям»; «школьным, дошкольным и медицинским учреждениям» (the list parted at «и»:
 * «школьным, дошкольным» / «медицинским учреждениям …») → each adjective with «учреждениям».
 */
function adjectivesSharingNoun(parts: readonly string[]): string[] {
  const out: string[] = [];
  let pending: string[] = [];
  for (const part of parts) {
    if (ADJECTIVES_ONLY.test(part)) {
      pending.push(...part.split(/\s*,\s*/u));
      continue;
    }
    const run = /^((?:[а-яё]+(?:ым|им)(?:\s*,\s*|\s+и\s+))*)([а-яё]+(?:ым|им))\s+([а-яё]+(?:ам|ям))(?![\p{L}])(.*)$/iu.exec(part);
    const adjectives = [...pending, ...(run?.[1] ?? '').split(/\s*,\s*|\s+и\s+/u).filter((a) => a.trim() !== '')];
    pending = [];
    if (run && adjectives.length > 0) {
      for (const adjective of adjectives) out.push(`${adjective.trim()} ${run[3]!}`);
      out.push(`${run[2]!} ${run[3]!}${run[4]!}`);
    } else {
      out.push(...adjectives, part);
    }
  }
  out.push(...pending);
  return out;
}

/** A post in the dative at a phrase's start: «Заместителю главы района», «Начальнику отдела». */
const POST_DATIVE = /^(?:первому\s+)?(?:заместител|начальник|руководител|директор|председател|глав|заведующ|управляющ|министр|уполномоченн|помощник|советник|секретар)[а-яё]*(?![\p{L}])/iu;

/** A post in the accusative (or genitive plural) opening an executor: «руководителей …», «директоров …», «заведующего …». */
// («… индивидуальных предпринимателей»: an adjective may stand before the post.)
const ACCUSATIVE_POST = /^(?:[а-яё]{4,}(?:ых|их)\s+)?(?:руководител|директор|председател|заведующ|управляющ|начальник|глав|член|представител|инспектор|командир|ректор|секретар|уполномоченн|заместител|собственник|владельц|арендатор|пользовател|жител|граждан|предпринимател)[а-яё]*(?![\p{L}])/iu;

/** A list in the accusative: its parts apart by commas, «;» or «и» outside quotes and parentheses. */
/** Kinds of bodies in the genitive plural, which no accusative executor opens with. */
const GENITIVE_BODIES = /^(?:всех\s+)?(?:предприятий|учреждений|организаций|объединений|ведомств|хозяйств|колхозов|совхозов|заводов|фабрик|школ|служб|управлений|отделов|комитетов|поселений|муниципальных\s+образований)(?![\p{L}])/u;

export function splitAccusative(phrase: string): string[] {
  const masked = blankQuotes(phrase);
  const out: string[] = [];
  let at = 0;
  for (const m of masked.matchAll(/\s*[,;]\s*|\s+и\s+/gu)) {
    const before = masked.slice(0, m.index);
    if ((before.match(/\(/gu) ?? []).length > (before.match(/\)/gu) ?? []).length) continue;
    // «председателей с/советов и колхозов», «руководителей всех предприятий и учреждений»: after «и» a genitive goes on the
    // name; only a post («… и директоров …») or a capitalised name opens another executor.
    if (/и/u.test(m[0]) && !/^[А-ЯЁ]/u.test(masked.slice(m.index + m[0].length)) && !ACCUSATIVE_POST.test(masked.slice(m.index + m[0].length))) continue;
    // «руководителей предприятий, учреждений и организаций района»: after a comma, too, the heads of more kinds of bodies
    // (a genitive plural: the accusative of a body is «учреждения») go on the post's name.
    if (ACCUSATIVE_POST.test(masked.slice(at)) && GENITIVE_BODIES.test(masked.slice(m.index + m[0].length))) continue;
    out.push(phrase.slice(at, m.index));
    at = m.index + m[0].length;
  }
  out.push(phrase.slice(at));
  return out.map((p) => stripTrailingPunctuation(p.trim())).filter((p) => p !== '');
}

/** Where a relative clause opens, closed by a comma or not (the phrase may end inside it). */
// («…, не представившим информацию, …»: a negated participle qualifies those named.)
const RELATIVE_OPENS = /,\s*(?:(?:(?:в|на|по|у|с|со|из|для|под|при|от|к)\s+[а-яё]+\s+)?(?:который|которая|которое|которые|которым|которых|которой|котором|которого|которому)|не\s+[а-яё]+(?:вшим|вшему|вшей|ющим|ющему|ящим|ящему))(?:\s|$)/u;

/**
 * What is asked for, written before the verb in the accusative after the executors:
 * «Главам поселений информацию представить …», «Отделу кадров сведения направить …». These
 * nouns name papers and data, not bodies; «за план», «на отчет» (after a preposition) stay.
 */
const ASKED_OBJECT =
  /^(?:информацию|сведения|отч[её]т|отч[её]ты|фотоотч[её]ты?|видеоотч[её]ты?|предложения|материалы|документы|документацию|данные|доклад|план|планы|заявку|заявки|копию|копии|список|списки|перечень|перечни|расч[её]т|расч[её]ты|справку|справки|реестр|реестры|проект|проекты|результаты|итоги|анализ|замечания|отзыв|отзывы|заключение|заключения|ходатайство|ходатайства|протокол|протоколы|график|графики|статистику|паспорт|паспорта)$/u;
const PREPOSITION = /^(?:за|на|в|во|через|про|под|о|об|по|с|со|к|ко|для|от|из|до)$/iu;

/** The phrase up to the asked-for object: «в Департамент … информацию о ходе подготовки» → «в Департамент …». */
export function beforeAskedObject(phrase: string): string {
  const at = askedObjectAt(phrase);
  return at > 0 ? stripTrailingPunctuation(phrase.slice(0, at).trim()) : phrase;
}

/** Where the asked-for object begins inside an executor phrase, or -1. */
function askedObjectAt(phrase: string): number {
  const words = wordsOutside(blankQuotes(phrase));
  for (let i = 1; i < words.length; i += 1) {
    // («Муниципальным образованиям, не представившим отчеты …»: the object of a participle that tells of the executor.)
    // (Only a participle that opens its clause after a comma or «не», in the executor's case: not «следующие», «действующие».)
    const ofParticiple = /[а-яё]{3,}(?:вш|ющ|ящ|ащ|ущ)(?:им|ими|ему|ей)$/u.test(words[i - 1]!.word) && /(?:,|(?:^|\s)не)\s*$/u.test(phrase.slice(0, words[i - 1]!.index));
    if (ASKED_OBJECT.test(words[i]!.word) && !PREPOSITION.test(words[i - 1]!.word) && !ofParticiple) {
      // («… имеющиеся сведения …», «… следующие документы …»: the paper's adjectives go with it.)
      let at = i;
      while (at > 1 && /^[а-яё]{3,}(?:ие|ые|ую|ое)(?:ся)?$/u.test(words[at - 1]!.word)) at -= 1;
      return words[at]!.index;
    }
    // («МУП "Тепловые сети" (Ефимов В.В.) замену насоса завершить …»: a task noun after the name its parenthesis closes.)
    if (TASK_ACCUSATIVE.test(words[i]!.word) && /\)\s*$/u.test(phrase.slice(0, words[i]!.index))) return words[i]!.index;
  }
  return -1;
}

/** Cut the executor phrase where a term, a manner, the participants or the asked-for object begin. */
export function cutAtStop(phrase: string): string {
  // «Руководителям предприятий, которые являются пользователями …,»: the relative clause is not the name.
  const relative = RELATIVE_OPENS.exec(blankQuotes(phrase));
  if (relative && relative.index > 0) phrase = phrase.slice(0, relative.index);
  const object = askedObjectAt(phrase);
  if (object > 0) phrase = stripTrailingPunctuation(phrase.slice(0, object).trim());
  const masked = blankQuotes(phrase);
  const stop = STOP.exec(` ${masked}`);
  // («… отделу по делам ГО и ЧС (Ахметов И.Ф.) – до 25.12. сформировать …»: the dash before the term goes with it.)
  if (stop && stop.index > 0) return phrase.slice(0, stop.index).trim().replace(/\s*[–—-]$/u, '');
  return phrase;
}

const splitCache = new Map<string, ExecutorSplit | null>();

/** The executors of a clause's first sentence, or null when it does not name one before its verb. */
/** A modal word (and an adverb after it) that ends the executors' phrase: «… необходимо», «… следует своевременно». */
const MODAL_TAIL = /\s+(?:необходимо|следует|надлежит|нужно|поручается|предлагается|рекомендуется)(?:\s+[а-яё]{3,}о)?$/iu;

export function splitExecutors(text: string): ExecutorSplit | null {
  const cached = splitCache.get(text);
  if (cached !== undefined) return cached;
  const result = twoLeads(text) ?? readExecutors(text);
  // The reader asks about the same clause several times; a bounded cache keeps that cheap.
  if (splitCache.size > 2000) splitCache.clear();
  splitCache.set(text, result);
  return result;
}

/** «… и рекомендовать …», «…, поручить …»: a second order verb after the first lead's executors. */
const SECOND_LEAD = /(?:\s+и|,)\s+(рекомендовать|предложить|поручить|просить|обязать)\s+/iu;

/**
 * One task asked of two groups, each under its own order verb: «Обязать руководителя МБУ … и рекомендовать
 * главам поселений обеспечить …», «Предложить Президенту … и поручить Правительству … привести …». Each group
 * keeps its lead's case; the task and its term are read once, from the second group's clause. A sentence with
 * any order, not only advice, in it is an order.
 */
function twoLeads(text: string): ExecutorSplit | null {
  const body = text.trim();
  const lead = LEAD.exec(body);
  if (!lead) return null;
  const masked = blankQuotes(body);
  const second = SECOND_LEAD.exec(masked.slice(lead[0].length));
  if (!second) return null;
  const at = lead[0].length + second.index;
  const firstGroup = body.slice(lead[0].length, at);
  // The first group names executors only: no verb of its own, no term, nothing in parentheses left open.
  const firstWords = wordsOutside(blankQuotes(firstGroup));
  if (firstWords.length === 0 || firstWords.some((w) => isInfinitive(w.word) && /^[а-яё]/u.test(w.word))) return null;
  const later = readExecutors(body.slice(at + second[0].indexOf(second[1]!)));
  if (!later || later.verb === '' || later.lead === '') return null;
  const earlier = readExecutors(`${lead[1]!} ${firstGroup.trim()} ${later.rest}`);
  if (!earlier || earlier.rest !== later.rest || earlier.executors.length === 0) return null;
  return {
    lead: lead[1]!,
    recommendation: earlier.recommendation && later.recommendation,
    executors: [...earlier.executors, ...later.executors],
    verb: later.verb,
    rest: later.rest,
  };
}

/** Deverbal nouns in the accusative that read like datives: «уборку», «промывку», «организацию», «подачу», «замену», «охрану». */
const TASK_ACCUSATIVE =
  /^(?:[а-яё]{3,}(?:ацию|изацию|ификацию|ляцию|укцию|ерсию|ачу)|(?:у|о|вы|рас|пере|за|под|раз|до|от|при|про|на|по|с)?(?:борку|чистку|готовку|верку|мывку|становку|работку|купку|ставку|краску|резку|возку|гонку|грузку|прессовку|белку|бивку|пиловку|сылку|писку|стройку|мену)|защиту|охрану|оплату|выплату|работу|замену|подачу|выдачу|передачу|сдачу)$/iu;

/** What «Поручить» hands over when no verb follows: «… оперативное руководство и контроль …», «… подготовку предложений …». */
const TASK_NOUN =
  /^(?:оперативное|общее|непосредственное|организацию|подготовку|проведение|разработку|руководство|координацию|обеспечение|осуществление|уборку|ремонт|выполнение|рассмотрение|проверку|информирование|доработку|сбор|размещение|публикацию|мониторинг|работу|изучение|исполнение|формирование|ведение|создание|оформление|приемку|приём|прием|организационное|техническое|методическое|информационное)$/u;

/** «Поручить городской комиссии … оперативное руководство и контроль за …»: the executors are the datives before the task noun. */
function nounTask(lead: string, body: string, words: ReadonlyArray<{ word: string; index: number }>): ExecutorSplit | null {
  const first = words[0];
  const task = words.findIndex((w, i) => i > 0 && TASK_NOUN.test(w.word));
  if (!first) return null;
  if (task <= 0 || !(isDativeWord(first.word) || feminineDative(words))) return /^[а-яё]/u.test(first.word) && !isDativeWord(first.word) && !feminineDative(words) ? taskFirst(lead, body, words) : null;
  const phrase = stripTrailingPunctuation(body.slice(0, words[task]!.index).trim());
  const executors = splitList(phrase).map((p): ExecutorPhrase => ({ role: 'executor', text: p }));
  return executors.length > 0 ? { lead, recommendation: false, executors, verb: 'поручить', rest: body.slice(words[task]!.index) } : null;
}

/**
 * «Поручить централизованный закуп подарков отделу семьи … (Мякинина Е.П.) с условием …»: the task in the accusative first,
 * then the body it is entrusted to, in the dative (a head word such as «отделу», «управлению», «комитету»).
 */
function taskFirst(lead: string, body: string, words: ReadonlyArray<{ word: string; index: number }>): ExecutorSplit | null {
  const at = words.findIndex((w, i) => i > 0 && i <= 10 && LOWER_DATIVE_HEAD.test(w.word) && /(?:у|ю|ам|ям)$/u.test(w.word) && !/^(?:всем|иным|первому)$/u.test(w.word));
  if (at <= 0) return null;
  const task = body.slice(0, words[at]!.index).trim();
  // The words before the body are the task: an object in the accusative, never a preposition's («по …», «в …»).
  if (/^(?:по|в|во|на|с|со|о|об|для|при|к)\s/iu.test(task) || /[,;:]$/u.test(task)) return null;
  const phrase = cutAtStop(stripTrailingPunctuation(body.slice(words[at]!.index).replace(/\s+(?:с\s+условием|для|за\s+счет|за\s+счёт|в\s+целях)\s.*$/u, '').trim()));
  const executors = splitList(phrase).map((p): ExecutorPhrase => ({ role: 'executor', text: p }));
  return executors.length > 0 ? { lead, recommendation: false, executors, verb: 'поручить', rest: task } : null;
}

/**
 * «Гончаренко Л.А., заместителю директора по УВР: …», «Манаеву Х.Х., начальнику АО … обеспечить …»: a person named before her
 * post, the post in apposition — one executor, read as the post with the name in parentheses («заместителю директора по УВР
 * (Гончаренко Л.А.)»), as acts write it the other way round. (A surname that does not decline, «Гончаренко», is told by the post.)
 */
/** Staff posts in the dative, as school and hospital orders name them: «учителю информатики», «старшему воспитателю». */
const STAFF_DATIVE = /^(?:(?:старшему|ведущему|главному|классному|социальному|медицинскому)\s+)?(?:учител|специалист|инженер|врач|бухгалтер|методист|педагог|воспитател|инспектор|консультант|эксперт|руководител|медицинск)[а-яё]*(?![\p{L}])/u;

function postFirst(body: string): string {
  const m = /^([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.)\s*(?:,|\s[–—-])\s*(?=\p{Ll})/u.exec(body);
  if (!m) return body;
  const after = body.slice(m[0].length);
  if (!(POST_DATIVE.test(after) || STAFF_DATIVE.test(after)) || !/^[а-яё]+(?:у|ю|ему|ому)(?![\p{L}])/u.test(after.replace(/^первому\s+/u, ''))) return body;
  // The post runs to the verb, a colon or the end.
  const words = wordsOutside(blankQuotes(after));
  const verb = words.find((w) => isInfinitive(w.word) && /^[а-яё]/u.test(w.word));
  const colon = blankQuotes(after).indexOf(':');
  const end = Math.min(verb ? verb.index : after.length, colon >= 0 ? colon : after.length);
  const post = after.slice(0, end).replace(/[\s,–—-]+$/u, '');
  // (Not when a second executor follows: «Петровой Н.В., учителю информатики, и лаборанту Соколову обеспечить …».)
  if (post === '' || /[А-ЯЁ]\.\s?[А-ЯЁ]\./u.test(post) || /(?:^|[\s,])и\s/u.test(post)) return body;
  return `${capitalizeFirst(post)} (${m[1]!})${after.slice(post.length)}`;
}

function readExecutors(text: string): ExecutorSplit | null {
  let body = text.trim().replace(/^(?:решили|решение|постановили)\s*:\s*/iu, '');
  body = withoutPurpose(body);
  body = postFirst(body);
  // «Предупредить последний раз всех председателей сельсоветов … под их личную ответственность исправить …»: those warned to
  // act are obliged to («Предупредить … о персональной ответственности» with no verb after it asks nothing: no task).
  const warned = /^предупредить\s+(?:(?:последний|ещ[её])\s+раз\s+)?(.+)$/iu.exec(body);
  if (warned && /\sпод\s+(?:их\s+|его\s+|е[её]\s+|свою\s+)?(?:личную|персональную)\s+ответственность\s+[а-яё]+(?:ть|ти)(?![\p{L}])/iu.test(warned[1]!)) body = `обязать ${warned[1]!}`;
  // «Обязать всех руководителей … под личную ответственность обеспечить …»: «всех» and the personal responsibility name no one.
  body = body
    .replace(/^(обязать|просить|обязываю|прошу|просим)\s+всех\s+/iu, '$1 ')
    .replace(/\s+под\s+(?:их\s+|его\s+|е[её]\s+|свою\s+)?(?:личную|персональную)\s+ответственность(?=\s+[а-яё]+(?:ть|ти)(?![\p{L}]))/iu, '');
  // «Обратить внимание директора МУП … на необходимость …», «… глав поселений на …»: those named are to act.
  const attention = /^обратить\s+внимание\s+(?!на\s)(\S.{2,200}?)\s+на\s+\S/iu.exec(body);
  if (attention && !/^(?:в|во|при|по|с|со|к|о|об)\s/iu.test(attention[1]!)) {
    const executors = splitAccusative(cutAtStop(attention[1]!)).map((p): ExecutorPhrase => ({ role: 'executor', text: p, accusative: true }));
    if (executors.length > 0) return { lead: '', recommendation: false, executors, verb: 'обратить', rest: body };
  }
  let lead = '';
  const leadMatch = LEAD.exec(body);
  if (leadMatch) {
    lead = leadMatch[1]!;
    // «Просим также …», «Прошу дополнительно …», «Прошу повторно …»: an adverb after the lead names no one.
    body = body.slice(leadMatch[0].length).replace(/^(?:(?:также|дополнительно|повторно|срочно|незамедлительно|вновь|ещ[её]\s+раз|в\s+очередной\s+раз)\s+)+/iu, '');
  }
  // «Рекомендовать всем руководителям учреждений …»: «всем» before a dative head is not part of the name.
  // («Всем теплоснабжающим организациям, подающим …, перевести …» without a lead too.)
  const all = /^(?:всем|каждому)\s+(?=[А-ЯЁа-яё])/iu.exec(body);
  if (all) {
    const next = /^[^\s,;]+/u.exec(body.slice(all[0].length))?.[0] ?? '';
    // (The name that follows starts the sentence now: «Всем предприятиям, организациям …» → «Предприятиям, организациям …».)
    if (isDativeWord(next)) body = lead === '' ? capitalizeFirst(body.slice(all[0].length)) : body.slice(all[0].length);
  }
  const masked = blankQuotes(body);
  const words = wordsOutside(masked);
  const verbIndex = words.findIndex((w) => isInfinitive(w.word) && /^[а-яё]/u.test(w.word));
  if (verbIndex <= 0) return /^(?:поручить|поручаю)$/iu.test(lead) ? nounTask(lead, body, words) : null;
  // («… руководителям организаций не допускать выжигания …»: the negation goes with the verb.)
  const negated = verbIndex > 1 && /^(?:не|ни)$/iu.test(words[verbIndex - 1]!.word);
  const verbAt = words[negated ? verbIndex - 1 : verbIndex]!.index;
  const verb = words[verbIndex]!.word;
  // «Ссылку … просим направить»: the words before «просим» are its object, not an executor.
  if (words.slice(0, verbIndex).some((w) => /^(?:прошу|просим|просит|просят)$/iu.test(w.word))) return null;
  // «… органам рекомендовано принять меры», «… Министерству было поручено …»: a report of an earlier order, not an order.
  // Words of a relative clause inside the executors' phrase («…, которые являются пользователями …,») are not the sentence's own.
  const clauses = [...masked.matchAll(RELATIVE_CLAUSE)].map((m) => [m.index, m.index + m[0].length] as const);
  const ownWord = (w: { index: number }): boolean => !clauses.some(([from, to]) => w.index > from && w.index < to);
  if (words.slice(0, verbIndex).some((w) => ownWord(w) && (REPORTING.test(w.word) || /^[а-яё]{4,}(?:ется|ются|ится|ятся)$/u.test(w.word)))) return null;
  if (words.slice(0, verbIndex).some((w) => /^(?:рекомендовано|рекомендованы|поручено|поручалось|предложено|предписано|указано|дано|даны|было|были|был|была|будет|будут|может|могут|должно|должны|должен|должна|вправе|обязан|обязана|обязано|обязаны|удалось|предстоит|планирует|планируют|намерен[аоы]?)$/iu.test(w.word))) return null;
  let phrase = body.slice(0, verbAt).trim();
  // «Администрация поселения сообщает, что … выявлен случай бешенства. Необходимо … провести …»: a sentence ends before the
  // verb, so the words before it name no one it asks (a short abbreviation’s dot, «г. Нефтеюганску», «тов. Маракуев», ends none).
  // (Only after a sentence that tells something — «сообщает, что …», «выявлен …» —: «Председателю Законодат. Собрания …» is a name.)
  if (/(?<![\p{L}])(?:\p{Ll}{3,}(?:ает|яет|ует|ит|ят|ют)|что|выявлен[аоы]?|установлено|зарегистрирован[аоы]?)(?![\p{L}])[^.!?]*?\p{Ll}{4}[.!?]\s+\p{Lu}/u.test(blankQuotes(phrase))) return null;

  // The executor's head: the first word, or — after an opening adverbial — the first dative head that follows it.
  const accusative = ACCUSATIVE_LEADS.has(lead.toLowerCase());
  const first = words[0]!;
  // «Управление ЖКХ (Царенко В.П.) подготовить …»: a body named in the nominative, as careless acts write it.
  // («Исполнительные органы государственной власти области, осуществляющие …, принять меры …»: an adjective before that head.)
  // («Специалист администрации Бондаренко Л.Н. организовать …», «Карпов А.П. – подготовить …»: a person named in the nominative,
  // with or without the post before the name.)
  const person = stripTrailingPunctuation(phrase.replace(/\s*[–—-]\s*$/u, '').trim());
  const nominativePerson = lead === '' && verbIndex <= 10 && NOMINATIVE_PERSON.test(person);
  const nominativeBody =
    lead === '' && verbIndex <= 14 && (nominativePerson || ORG_NOMINATIVE.test(first.word) || (/^[А-ЯЁ][а-яё]{3,}(?:ые|[кгхжшчщ]ие)$/u.test(first.word) && /^(?:органы|учреждения|организации|предприятия|подразделения|отделы|комитеты|службы)$/u.test(words[1]?.word ?? '')));
  // «Рабочую группу … осуществлять приемку …»: a body left in the accusative of a dropped «Обязать».
  if (lead === '' && ORG_ACCUSATIVE.test(first.word) && /^[А-ЯЁ]/u.test(first.word) && verbIndex <= 14) {
    const own = cutAtStop(stripTrailingPunctuation(phrase));
    const executors = splitAccusative(own).map((p): ExecutorPhrase => ({ role: 'executor', text: p, accusative: true }));
    if (executors.length > 0) return { lead, recommendation: false, executors, verb, rest: body.slice(verbAt) };
  }
  // «Копии паспортов готовности … представить в министерство …», «Сведения … направить …»: the paper asked for opens the sentence
  // («копии» is also a dative, «сведения» a nominative): no executor.
  if (!accusative && lead === '' && verbIndex > 0 && ASKED_OBJECT.test(first.word.toLowerCase())) return null;
  // «Промывку систем отопления выполнить …», «Подачу тепла обеспечить …»: a task noun in the accusative opens the sentence, no executor.
  if (!accusative && verbIndex > 0 && TASK_ACCUSATIVE.test(first.word)) return null;
  // «Общегородской субботник провести 24.04.2020»: «-ой» is also a nominative adjective; its noun decides.
  const second = words[1]?.word ?? '';
  // («Заведующей клубом провести …»: a post named by a participle alone is the executor whatever follows.)
  if (!accusative && verbIndex > 1 && /(?:ой|ей)$/iu.test(first.word) && !isSubstantivePost(first.word) && !isDativeWord(second) && !/(?:ой|ей|ому|ему|ым|им)$/iu.test(second) && /^[а-яё]+$/u.test(second)) return null;
  // «М.А. Губиной - редактору газеты … опубликовать …»: a person's initials before her surname in the dative.
  const initialsFirst = /^[А-ЯЁ]$/u.test(first.word) && /^[А-ЯЁ]$/u.test(words[1]?.word ?? '') && /^[А-ЯЁ][а-яё]+(?:ой|ому|ову|еву|ину|ыну|ичу)$/u.test(words[2]?.word ?? '') && /^[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ]/u.test(body);
  if (!accusative && !nominativeBody && !initialsFirst && !isDativeWord(first.word) && !feminineDative(words)) {
    if (!OPENING_ADVERBIAL.test(phrase)) return null;
    // After an adverbial only an unambiguous dative heads the executors: «-у», «-ю», «-ам», «-ям» («Министерству», «органам»);
    // «-ии», «-е» there are the adverbial's own genitive or prepositional («… Жилищного кодекса Российской Федерации»).
    const head = words
      .slice(1, verbIndex)
      // (Not a dative a participle governs: «в день проведения мероприятий, посвященных Дню знаний, обеспечить …».)
      .find((w) => isDativeWord(w.word) && /(?:у|ю|ам|ям|ому|ему)$/iu.test(w.word) && !/ию$/iu.test(w.word.replace(/[нт]ию$/iu, 'у')) && (/^[А-ЯЁ]/u.test(w.word) || LOWER_DATIVE_HEAD.test(w.word)) && !/(?:посвящ|приурочен|адресован|предназначен)[а-яё]*\s+$/iu.test(body.slice(Math.max(0, w.index - 30), w.index)));
    if (!head) return null;
    // («Для получения паспорта готовности управляющим организациям необходимо …»: the head's adjectives before it are its own.)
    let from = head.index;
    for (let k = words.indexOf(head) - 1; k >= 1; k -= 1) {
      const w = words[k]!;
      if (!/^[а-яё]+(?:ым|им)$/iu.test(w.word) || body.slice(w.index + w.word.length, from).trim() !== '') break;
      from = w.index;
    }
    phrase = body.slice(from, verbAt).trim();
  } else if (!accusative && /^(?:во?|до|к|для|по|при)$/iu.test(first.word)) {
    return null;
  }
  // «Арендаторам лесных участков необходимо предоставлять …»: the modal word between the executors and the verb is not theirs.
  // («… жителям частных домовладений необходимо своевременно проводить …»: an adverb after the modal word goes with it.)
  // («Руководителям коммунальных служб - своевременно реагировать …»: an adverb after the dash goes with the verb.)
  phrase = stripTrailingPunctuation(phrase.replace(/\s+[–—-]\s+(?:[а-яё]{4,}о\s+)*[а-яё]{4,}о\s*$/u, '').replace(/[–—-]\s*$/u, '').trim().replace(MODAL_TAIL, ''));
  if (phrase === '') return null;
  // «Просим в срок до 12:00 15 марта представить …»: a term right after the lead names no one;
  // «Прошу Вас …», «Просим вас …»: the addressees of the letter.
  if (accusative && STOP.exec(` ${blankQuotes(phrase)}`)?.index === 0) return null;
  if (/^(?:вас|вам|тебя|их|всех)(?:\s|$)/iu.test(phrase) && (accusative || /^вам/iu.test(phrase))) return null;

  const executors: ExecutorPhrase[] = [];
  // Participants are dropped; partners are co-executors.
  const participants = PARTICIPANTS.exec(blankQuotes(phrase));
  const withoutParticipants = participants ? phrase.slice(0, participants.index) : phrase;
  const co = CO.exec(blankQuotes(withoutParticipants));
  // («Управляющим организациям необходимо в срок до 1 августа … завершить …»: the modal word before the term is not theirs either.)
  const own = cutAtStop(co ? withoutParticipants.slice(0, co.index) : withoutParticipants).replace(MODAL_TAIL, '');
  // («обязать: заведующих шахтами, директоров совхозов, председателей с/советов …»: posts in the accusative, one each; a list
  // whose parts are not all posts — «первых руководителей предприятий, организаций и учреждений» — stays one executor.)
  // («Руководителей предприятий, организаций, владельцев магазинов …»: a genitive between two posts goes on the post before it.)
  const posts = accusative ? splitAccusative(own).reduce<string[]>((acc, p) => {
    if (acc.length > 0 && !ACCUSATIVE_POST.test(p) && /^[а-яё]+(?:ий|ей|ов|ев|ых|их)(?:\s|$)/u.test(p)) acc[acc.length - 1] = `${acc[acc.length - 1]!}, ${p}`;
    else acc.push(p);
    return acc;
  }, []) : [];
  const list = posts.length > 1 && posts.every((p) => ACCUSATIVE_POST.test(p)) ? posts : splitList(own);
  for (const p of list) executors.push(accusative ? { role: 'executor', text: p, accusative } : { role: 'executor', text: p });
  if (co) {
    const partners = cutAtStop(withoutParticipants.slice(co.index + co[0].length));
    for (const p of splitPartners(partners)) executors.push({ role: 'co-executor', text: p });
  }
  // «ОМВД России по району рекомендовать обеспечить …»: the lead written after the executors it leads.
  // (Only when the next word is the ordered verb, or opens a term before it: «… предложить варианты … и представить …» is no lead.)
  const afterLead = words[verbIndex + 1]?.word ?? '';
  const termFirst = /^(?:ежемесячно|ежеквартально|еженедельно|ежегодно|ежедневно|в|до|не|незамедлительно|постоянно)$/iu.test(afterLead);
  const postLead = lead === '' && /^(?:рекомендовать|предложить|поручить)$/iu.test(verb) && ((isInfinitive(afterLead) && /^[а-яё]/u.test(afterLead)) || (termFirst && words.slice(verbIndex + 2, verbIndex + 16).some((w) => isInfinitive(w.word) && /^[а-яё]/u.test(w.word)))) ? verb : '';
  const rest = body.slice(verbAt);
  // «… разработать совместно с Управлением … показатели»: co-executors after the verb.
  // («… совместно с отделом трудпоселения (тов. Маракуев) в суточный срок»: a person in parentheses, with its dots, stays.)
  const after = /\s+(?:совместно\s+со?|во\s+взаимодействии\s+со?)\s+((?:[^,;.()]|\([^()]*\))+?)(?=\s+[а-яё]+(?:ть|ться|ти)(?![\p{L}])|[,;.]|$)/u.exec(blankQuotes(rest));
  if (after && !co) {
    const phraseAfter = cutAtStop(rest.slice(after.index, after.index + after[0].length).replace(/^\s+(?:совместно\s+со?|во\s+взаимодействии\s+со?)\s+/u, ''));
    for (const p of splitPartners(phraseAfter)) executors.push({ role: 'co-executor', text: p });
  }
  if (executors.length === 0) return null;
  return { lead, recommendation: RECOMMENDING.has((lead || postLead).toLowerCase()), executors, verb, rest };
}

/**
 * The executors of a heading that ends with a colon and leads sub-items:
 * «Рекомендовать органам местного самоуправления …:», «Министерству …:», «Поручить …:».
 */
/**
 * «В целях качественного выполнения мероприятий …, рекомендовать филиалу …» (also the sender's own lead, «… рекомендуем
 * управляющим компаниям …», and with no comma: «В целях наилучшего обеспечения … в районе обязать председателей …»): the
 * purpose clause before the order verb is no part of it.
 */
function withoutPurpose(text: string): string {
  return text.replace(/^(?:в\s+целях|во\s+исполнение|в\s+связи\s+с|в\s+соответствии\s+с)\s[^;:]{3,400}?(?:,\s*|\s+)(?=(?:рекомендовать|поручить|предложить|обязать|просить|рекомендуем|рекомендую|предлагаем|предлагаю|поручаю|прошу|просим)\s)/iu, '');
}

export function leadingExecutors(text: string): ExecutorSplit | null {
  let body = postFirst(stripTrailingPunctuation(withoutPurpose(text.trim())));
  let lead = '';
  const leadMatch = LEAD.exec(body);
  if (leadMatch) {
    lead = leadMatch[1]!;
    // «Просим также …», «Прошу дополнительно …», «Прошу повторно …»: an adverb after the lead names no one.
    body = body.slice(leadMatch[0].length).replace(/^(?:(?:также|дополнительно|повторно|срочно|незамедлительно|вновь|ещ[её]\s+раз|в\s+очередной\s+раз)\s+)+/iu, '');
  }
  // «Органам местного самоуправления рекомендовать:» — the lead after the executors.
  const trailing = /\s+(рекомендовать|поручить|предложить)$/iu.exec(body);
  if (trailing) {
    lead = trailing[1]!;
    body = body.slice(0, trailing.index);
  }
  const words = wordsOutside(blankQuotes(body));
  const first = words[0]?.word ?? '';
  // «Обязать районные администрации города:», «Просить глав муниципальных образований:»: the accusative.
  const accusative = ACCUSATIVE_LEADS.has(lead.toLowerCase());
  // «2. Заместитель главы администрации Фролов С.Н.: / 2.1. организовать …»: a person named in the nominative heads the items.
  if (lead === '' && NOMINATIVE_PERSON.test(body)) return { lead, recommendation: false, executors: [{ role: 'executor', text: body }], verb: '', rest: '' };
  // «Управление ЖКХ, строительства и транспорта администрации района (Ефимов А.С.): / - организовать …»: a body named in the
  // nominative on a line of its own heads the tasks under it (a list of instructions after a trip).
  // («Финансовое управление администрации района (Сидорова Т.И.):»: an adjective before that body.)
  const orgFirst = (ORG_NOMINATIVE.test(first) && /^[А-ЯЁ]/u.test(first)) || (/^[А-ЯЁ][а-яё]+(?:ое|ый|ий|ая)$/u.test(first) && ORG_NOMINATIVE.test(words[1]?.word ?? ''));
  if (lead === '' && /:\s*$/u.test(text.trim()) && orgFirst && !words.some((w) => isInfinitive(w.word) && /^[а-яё]/u.test(w.word)) && !TELLS.test(body.replace(/\([^()]*\)/gu, ''))) {
    return { lead, recommendation: false, executors: [{ role: 'executor', text: body.replace(/\s*\((?:по\s+согласованию)\)\s*$/iu, '') }], verb: '', rest: '' };
  }
  const dativeStart = isDativeWord(first) || feminineDative(words);
  if (body === '' || !(dativeStart || accusative) || /^(?:во?|до|к|по|при|для)$/iu.test(first)) return null;
  if (words.some((w) => isInfinitive(w.word) && /^[а-яё]/u.test(w.word))) return null;
  const executors: ExecutorPhrase[] = [];
  const participants = PARTICIPANTS.exec(blankQuotes(body));
  const withoutParticipants = participants ? body.slice(0, participants.index) : body;
  const co = CO.exec(blankQuotes(withoutParticipants));
  for (const p of accusative ? splitAccusative(cutAtStop(co ? withoutParticipants.slice(0, co.index) : withoutParticipants)) : splitList(cutAtStop(co ? withoutParticipants.slice(0, co.index) : withoutParticipants)))
    executors.push(accusative ? { role: 'executor', text: p, accusative } : { role: 'executor', text: p });
  if (co) for (const p of splitList(cutAtStop(withoutParticipants.slice(co.index + co[0].length)))) executors.push({ role: 'co-executor', text: p });
  if (executors.length === 0) return null;
  return { lead, recommendation: RECOMMENDING.has(lead.toLowerCase()), executors, verb: '', rest: '' };
}

/** A person named in parentheses at the end of a clause: «… опубликовать в газете … (Л.Э. Азаркевич).» */
export function trailingPerson(text: string): string | null {
  const m = /\(([А-ЯЁ]\.\s?(?:[А-ЯЁ]\.\s?)?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?|[А-ЯЁ][а-яё]+\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.)\)\s*[.;]?\s*$/u.exec(text.trim());
  return m ? m[1]! : null;
}
