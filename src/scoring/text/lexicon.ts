/**
 * Words that make up generic praise, by language. A comment counts as generic when every word
 * in it is one of these (plus emoji, punctuation and @mentions): "so cute!!", "que linda 😍",
 * "класс 🔥". Elongations ("sooo cuuute") and laughter ("hahaha", "kkkk", "jajaja") are
 * folded before lookup. Words of scripts written without spaces (Japanese, Chinese, Thai) are
 * found by splitting a run of letters into dictionary words.
 */
const FILLER = `
  i me my u you your ur youre you're it its it's s is are this that the a an and of so very
  really too such just much all one what how look looks looking keep up well done for sharing
  thanks thank thx ty soo j c est t xd ever again always totally absolutely bro sis girl babe dear man dude
  guys omg lol haha yes yay ok okay true facts in on with to be am was
`;
const EN = `
  nice great good cool love loved lovely luv like amazing awesome beautiful beauty gorgeous
  stunning pretty cute wow perfect perfection fantastic fabulous fab incredible super superb
  best excellent wonderful brilliant magic epic fire lit goals queen king legend slay pic
  picture photo shot post content video vid work job congrats congratulations bravo inspiring
  inspo
`;
const ES_PT = `
  que qué muy tan hermoso hermosa hermosura lindos lindo lindas linda bonito bonita precioso
  preciosa bello bella guapo guapa genial increible increíble encanta encantó amo te excelente
  divino divina top felicidades súper buenisimo buenisima buenísimo buenísima bueno buena lo
  la el es eres una un foto contenido gracias por mucho mas más maravilloso maravillosa
  espectacular brutal crack reina muito muita maravilhoso maravilhosa perfeito perfeita amei
  show incrivel incrível demais arrasou arrasa diva bom boa parabens parabéns sucesso obrigado
  obrigada tão mto mt
`;
const FR_DE_IT_NL = `
  trop tres très beau belle magnifique superbe sublime j'adore jadore adore génial genial
  canon merci jolie joli bien c'est cest mignonne mignon waouh parfaite parfait félicitations
  felicitations schöne schön schone schon schoen wunderschön wunderschon toll mega geil klasse
  hammer sehr echt richtig süß süss hübsch liebe bild danke perfekt krass stark wahnsinn
  einfach das ist du bist wie immer bellissimo bellissima bellissimi bellissime stupendo
  stupenda che molto bravo brava bravissimo bravissima complimenti fantastico fantastica
  meraviglioso meravigliosa grande troppo carino carina sei grazie adoro mooie mooi prachtig
  geweldig gaaf leuk heel erg wat zo toppie
`;
const TR_ID_TL_PL_RO_VI = `
  çok cok güzel guzel harika süper super muhteşem muhtesem bayıldım bayıldim bayildım bayildim
  mükemmel mukemmel efsane tebrikler canım canim keren bagus mantap mantul cantik ganteng kece
  sangat banget bgt sekali indah gokil sukses semangat kak kakak ganda ang naman galing astig
  sobrang pogi idol lodi grabe pięknie pieknie piękne piękna piekne piekna śliczne sliczne
  cudowne cudowna cudownie bardzo świetne swietne extra xtra fajne fajna frumos frumoasa
  frumoasă minunata minunată minunat foarte đẹp dep quá qua tuyệt vời hay xinh đỉnh nzuri sana
  safi bahut badhiya badiya mast zabardast jabardast kamaal kamal shandaar shandar bhai accha
  acha sundar wah
`;
const CYRILLIC = `
  класс клас классно супер красиво красота красавица круто шикарно отлично прекрасно очень как
  мило вау огонь топ браво молодец обалденно восторг классная лучшая лучший гарно чудово
  неймовірно дуже красуня
`;
/** No word boundaries in these scripts: matched as they stand. */
const UNSPACED = `
  جميلة جميل رائعة رائع روعة حلوة حلو ما شاء الله ماشاءالله تبارك واو جدا مبدعة مبدع احسنت
  عالی زیبا خیلی قشنگ बहुत बढ़िया सुंदर सुन्दर अच्छा शानदार मस्त वाह कमाल जबरदस्त かわいい 可愛い すてき
  素敵 すごい 凄い 最高 きれい 綺麗 美しい いいね 大好き 好き かっこいい です すぎる すぎ ね 예뻐요 예쁘다 예뻐 멋져요 멋지다 대박 최고예요 최고 좋아요 사랑해요
  귀여워 너무 진짜 와 好看 太美了 漂亮 厉害 赞 好棒 太棒了 棒 喜欢 美丽 美 帅 好 太 了 真 的 很 สวย มาก ดี เยี่ยม น่ารัก เริ่ด ปัง
  สุดยอด ค่ะ ครับ τέλειο τελειο υπέροχο ωραίο ωραια πολύ πανέμορφη μπράβο יפה מהמם מדהים וואו
  הכבוד מושלם
`;

const split = (list: string) => list.trim().split(/\s+/);
/** Words of spaced scripts, looked up whole. */
export const SPACED_WORDS: ReadonlySet<string> = new Set(
  [FILLER, EN, ES_PT, FR_DE_IT_NL, TR_ID_TL_PL_RO_VI, CYRILLIC].flatMap(split),
);
/** Words of unspaced scripts, for splitting a run of letters. */
export const UNSPACED_WORDS: ReadonlySet<string> = new Set(split(UNSPACED));
export const UNSPACED_MAX = Math.max(...[...UNSPACED_WORDS].map((w) => w.length));
