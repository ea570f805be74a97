import { parseDeadline } from './src/deadline/index.js';
for (const t of ['окончания работ 1 августа 2000 года', '1 августа 2000 года', 'Срок окончания работ 1 августа 2000 года']) console.log(t, JSON.stringify(parseDeadline(t, { documentDate: '2000-06-13' })).slice(0,150));
