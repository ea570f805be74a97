import { parseDeadline, findDeadline } from './src/deadline/index.js';
const ctx = { documentDate: '2003-02-14' };
console.log(JSON.stringify(parseDeadline('до 5 марта текущего года', ctx)).slice(0, 120));
const t = 'Руководителям органов исполнительной власти области в срок до 1 марта 2003 года провести расширенные итоговые коллегии, совещания, на которых проанализировать работу за последние два года, и представить материалы в рабочую группу до 5 марта текущего года.';
console.log(JSON.stringify(findDeadline(t, ctx)).slice(0, 150));
