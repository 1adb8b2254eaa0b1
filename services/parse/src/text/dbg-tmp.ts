import nlp2 from 'compromise/two';
import nlp3 from 'compromise';
const l2 = (nlp2.model() as any).one.lexicon; const l3 = (nlp3.model() as any).one.lexicon;
console.log(Object.keys(l2).length, Object.keys(l3).length);
for (const w of ['proposal','fume','hydrogen','democrats','tensions','regional','remarks','immigration','judge','rejects','request','unseal','divorce','file','season','review'])
  console.log(w, l2[w], l3[w], JSON.stringify((nlp3(w).json() as any)[0]?.terms?.[0]?.tags));
