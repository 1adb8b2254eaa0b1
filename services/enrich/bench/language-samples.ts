/**
 * Hand-written samples for the language-detection benchmark: news-style headlines (short) and
 * paragraphs (long) in several languages. English also comes from the shared dev sets (see language.ts).
 */
export interface LangSample {
  lang: string;
  text: string;
}

export const FOREIGN_SAMPLES: LangSample[] = [
  // French
  { lang: 'fr', text: 'Le gouvernement annonce une hausse des impôts' },
  { lang: 'fr', text: 'Grève nationale : les trains restent à quai' },
  {
    lang: 'fr',
    text: "Le président de la République a reçu mardi les représentants des syndicats à l'Élysée pour discuter de la réforme des retraites. Selon plusieurs participants, aucune avancée majeure n'a été obtenue et une nouvelle journée de mobilisation est prévue la semaine prochaine dans toute la France.",
  },
  // German
  { lang: 'de', text: 'Bundesregierung beschließt neues Klimapaket' },
  { lang: 'de', text: 'Hochwasser: Tausende Menschen müssen ihre Häuser verlassen' },
  {
    lang: 'de',
    text: 'Die Bundesregierung hat am Mittwoch ein umfangreiches Paket zur Förderung erneuerbarer Energien beschlossen. Nach Angaben des Wirtschaftsministeriums sollen in den kommenden Jahren mehrere Milliarden Euro in den Ausbau von Wind- und Solaranlagen fließen, während die Opposition die Finanzierung scharf kritisierte.',
  },
  // Spanish
  { lang: 'es', text: 'El Gobierno aprueba la nueva ley de vivienda' },
  { lang: 'es', text: 'Miles de personas marchan en Madrid por la sanidad pública' },
  {
    lang: 'es',
    text: 'El presidente del Gobierno anunció este lunes un paquete de medidas para contener la subida de los precios de la energía. Según fuentes del Ministerio de Economía, las ayudas llegarán a más de tres millones de hogares y se financiarán con un impuesto extraordinario a las grandes empresas eléctricas.',
  },
  // Italian
  { lang: 'it', text: 'Il governo approva la manovra economica' },
  { lang: 'it', text: 'Maltempo in Liguria, chiuse le scuole a Genova' },
  {
    lang: 'it',
    text: "Il presidente del Consiglio ha incontrato ieri a Roma i rappresentanti delle regioni per discutere della riforma sanitaria. Secondo quanto riferito da fonti di governo, l'accordo dovrebbe essere firmato entro la fine del mese, ma alcune regioni del nord chiedono maggiori risorse per gli ospedali.",
  },
  // Portuguese
  { lang: 'pt', text: 'Governo anuncia novas medidas contra a inflação' },
  { lang: 'pt', text: 'Chuvas fortes deixam milhares de desalojados no Rio' },
  {
    lang: 'pt',
    text: 'O ministro da Economia afirmou nesta terça-feira que o governo não pretende aumentar os impostos no próximo ano. Segundo ele, as contas públicas estão sob controle e a previsão de crescimento da economia foi revisada para cima, apesar das incertezas no cenário internacional.',
  },
  // Dutch
  { lang: 'nl', text: 'Kabinet presenteert nieuwe plannen voor woningbouw' },
  { lang: 'nl', text: 'Treinverkeer rond Utrecht urenlang verstoord' },
  {
    lang: 'nl',
    text: 'Het kabinet heeft dinsdag nieuwe maatregelen aangekondigd om de woningnood aan te pakken. Volgens de minister moeten er de komende tien jaar bijna een miljoen woningen worden gebouwd, maar gemeenten waarschuwen dat er onvoldoende geld en personeel beschikbaar is om die ambitie waar te maken.',
  },
  // Russian
  { lang: 'ru', text: 'Правительство утвердило новый бюджет' },
  { lang: 'ru', text: 'В Москве прошли переговоры министров иностранных дел' },
  {
    lang: 'ru',
    text: 'Президент провёл во вторник совещание с членами правительства, на котором обсуждались вопросы экономического развития регионов. По словам министра финансов, в следующем году расходы на инфраструктуру будут увеличены почти на треть.',
  },
  // Swedish
  { lang: 'sv', text: 'Regeringen presenterar ny budget för skolan' },
  {
    lang: 'sv',
    text: 'Regeringen meddelade på tisdagen att den kommer att öka stödet till landets kommuner. Enligt finansministern ska pengarna främst gå till skolan och äldreomsorgen, men oppositionen menar att satsningen är alldeles för liten för att göra någon verklig skillnad.',
  },
  // Polish
  { lang: 'pl', text: 'Rząd przyjął projekt nowej ustawy o mediach' },
  {
    lang: 'pl',
    text: 'Premier zapowiedział we wtorek, że rząd przygotuje nowy pakiet pomocy dla rolników dotkniętych suszą. Według ministra rolnictwa wsparcie obejmie kilkadziesiąt tysięcy gospodarstw, a pierwsze wypłaty mają trafić do rolników jeszcze przed końcem roku.',
  },
  // Turkish
  { lang: 'tr', text: 'Merkez Bankası faiz kararını açıkladı' },
  {
    lang: 'tr',
    text: 'Cumhurbaşkanı salı günü yaptığı açıklamada ekonomide yeni bir döneme girildiğini söyledi. Bakanlığın verilerine göre ihracat geçen yıla göre yüzde on artarken enflasyonun önümüzdeki aylarda düşmesi bekleniyor.',
  },
  // ASCII-only headlines without many function words: where the English override could misfire.
  { lang: 'es', text: 'Gobierno anuncia plan contra incendios' },
  { lang: 'es', text: 'Sismo sacude la costa de Chile' },
  { lang: 'de', text: 'Kanzler trifft Macron in Paris' },
  { lang: 'de', text: 'Bahn streicht Hunderte Verbindungen' },
  { lang: 'it', text: 'Governo, via libera al decreto sicurezza' },
  { lang: 'nl', text: 'Kabinet valt over migratie' },
  { lang: 'fr', text: 'Macron annonce un remaniement' },
  { lang: 'pt', text: 'Lula visita Argentina para encontro com Milei' },
  { lang: 'id', text: 'Presiden resmikan jalan tol baru di Sumatera' },
  // Chinese, Japanese, Arabic
  { lang: 'zh', text: '国务院召开常务会议部署经济工作' },
  {
    lang: 'zh',
    text: '国务院总理周二主持召开国务院常务会议，听取关于稳定经济运行的汇报，部署进一步扩大内需的措施。会议指出，要加大对中小企业的支持力度，促进就业和消费。',
  },
  { lang: 'ja', text: '政府、新たな経済対策を発表' },
  {
    lang: 'ja',
    text: '政府は火曜日、物価高騰に対応するための新たな経済対策を閣議決定した。総理大臣は記者会見で、家計への支援を最優先にすると述べ、年内の補正予算の成立を目指す考えを示した。',
  },
  { lang: 'ar', text: 'الحكومة تعلن عن خطة جديدة لدعم الاقتصاد' },
  {
    lang: 'ar',
    text: 'أعلنت الحكومة يوم الثلاثاء عن خطة جديدة لدعم الاقتصاد الوطني وخلق فرص عمل للشباب. وقال وزير المالية إن الخطة تتضمن استثمارات كبيرة في البنية التحتية والتعليم والصحة خلال السنوات المقبلة.',
  },
];

/** Headline-length English written for this benchmark (news register, not from the dev sets). */
export const ENGLISH_HEADLINES: string[] = [
  'Fed holds rates steady',
  'Storm kills three in Texas',
  'Apple unveils new iPhone',
  'Senate passes budget bill',
  'Markets rally after jobs report',
  'Police arrest suspect in shooting',
  'Wildfire forces thousands to flee',
  'Trump wins Iowa caucus',
  'Oil prices fall as demand slows',
  'Court blocks new voting law',
  'Xi sends New Year message',
  'UN warns of famine in Sudan',
  'Biden to visit Ukraine next week',
  'Strike ends at Ford plant',
  'Man charged with murder',
  'Inflation eases in March',
  'Talks collapse in Geneva',
  'Tesla recalls 2 million cars',
  'Pope calls for ceasefire in Gaza',
  'Hospital staff walk out over pay',
];
