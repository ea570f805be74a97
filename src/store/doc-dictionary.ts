/**
 * The preset dictionary the stored documents are deflated with (format 1 of doc-codec).
 * Deflate learns a document's repeated strings from the document itself; a small
 * document has little to learn from, so it pays for its JSON field names and the
 * phrases every protocol repeats. Seeded with them, a one-assignment letter shrinks
 * from about 800 to about 500 bytes.
 *
 * NEVER CHANGE THIS TEXT: every stored document needs it to be read back. A better
 * dictionary is a new format number beside this one.
 */
const PHRASES = [
  'Ханты-Мансийского автономного округа – Югры',
  'Челябинской области',
  'органам местного самоуправления ',
  'органы местного самоуправления ',
  'органов исполнительной власти ',
  'Органам исполнительной власти ',
  'муниципальных образований ',
  'Министерство информационных технологий, связи и цифрового развития ',
  'Министерству информационных технологий, связи и цифрового развития ',
  'Министерством ',
  'Департамент информационных технологий и цифрового развития ',
  'Депинформтехнологий Югры',
  'Рабочая группа по координации цифрового развития ',
  'Комиссия по цифровому развитию ',
  'цифровой трансформации ',
  'Рекомендовать ',
  'совместно с ',
  'направить в ',
  'на адрес электронной почты ',
  '@admhmao.ru',
  '(при наличии)',
  'Принять к сведению информацию ',
  'Считать исполненными и снять с контроля поручения, предусмотренные пунктами ',
  'Продлить срок исполнения поручения, предусмотренного пунктом ',
  'протокола № ',
  ' января ',
  ' февраля ',
  ' марта ',
  ' апреля ',
  ' мая ',
  ' июня ',
  ' июля ',
  ' августа ',
  ' сентября ',
  ' октября ',
  ' ноября ',
  ' декабря ',
  ' года.',
  // As JSON writes a line break inside a text: backslash and n.
  '\\nСрок: до ',
  '\\nСрок – ',
].join('');

const SKELETON =
  '"warnings":[{"line":null,"code":"deadline_vague","message":""}]' +
  '{"source":{"file":"","format":"txt","sha256":""},' +
  '"protocol":{"kind":"protocol","title":null,"number":null,"date":null,"body":"","chair":null,"signatory":null},' +
  '"items":[{"item":"1","line":1,"parent":null,"kind":"question","text":""},{"item":"1.1","line":1,"parent":"1","kind":"noted","text":""},' +
  '{"item":"1.2","line":1,"parent":"1","kind":"assignment","text":""}],"noted":["1.1"],' +
  '"assignments":[{"item":"1.2","line":1,"text":"","recommendation":true,' +
  '"executors":[{"role":"executor","text":"","name":"","ref":null},{"role":"co-executor","text":"","name":"","ref":null}],' +
  '"sendTo":[{"text":"в ","name":"","ref":null,"email":null}],' +
  '"deadline":{"kind":"date","text":"до ","date":"2020-01-01","time":null,"rule":null,"firstDue":null,"relative":null},' +
  '"emails":[],"optional":false,"closes":[{"protocol":{"number":"","date":"","title":null,"body":null},"items":[],"done":true}]}],' +
  '"extensions":[],"controller":null,"warnings":[]}';

export const DOC_DICTIONARY_1: Buffer = Buffer.from(PHRASES + SKELETON, 'utf8');
