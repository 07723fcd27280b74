/**
 * YouTube's compact forms that CLDR lacks, one block per class found in issue 13; shared by the
 * unit test and `npm run eval` (which adds CLDR's own forms in every YouTube UI language).
 */
export const CLASSES: Record<string, Array<[string, string, number]>> = {
  'lakh and crore in Indian scripts': [
    ['14 ലക്ഷം സബ്‌സ്‌ക്രൈബർമാർ', 'ml', 1_400_000],
    ['2.1 കോടി', 'ml', 21_000_000],
    ['1.2 ಕೋಟಿ ಚಂದಾದಾರರು', 'kn', 12_000_000],
    ['45 ಲಕ್ಷ', 'kn', 4_500_000],
    ['3 லட்சம் பார்வைகள்', 'ta', 300_000],
    ['2 கோடி', 'ta', 20_000_000],
    ['5 లక్షలు', 'te', 500_000],
    ['1.2 కోట్లు వీక్షణలు', 'te', 12_000_000],
    ['१.५ करोड़ व्यूज़', 'hi', 15_000_000],
    ['૧૨ લાખ', 'gu', 1_200_000],
  ],
  'Bengali, Assamese and Odia classifiers': [
    ['১.২ হাজারটি ভিউ', 'bn', 1200],
    ['৪ লাখটি', 'bn', 400_000],
    ['১.২ হাটি', 'bn', 1200],
    ['১২ হাজাৰটা', 'as', 12_000],
    ['৩ লাখজন', 'as', 300_000],
    ['୧.୨ ହଜାରଟି', 'or', 1200],
    ['୫ ଲକ୍ଷଟି', 'or', 500_000],
  ],
  'Catalan m = thousands, mM = millions': [
    ['2,4m visualitzacions', 'ca', 2400],
    ['2,4 mM', 'ca', 2_400_000],
    ['15 M', 'ca', 15_000_000],
  ],
  'en-GB B, Italian Mrd, Bosnian mlr.': [
    ['1.2B views', 'en-GB', 1_200_000_000],
    ['2,3 Mrd di visualizzazioni', 'it', 2_300_000_000],
    ['1,2 mlr. pregleda', 'bs', 1_200_000_000],
  ],
  'en-IN K crore and lakh crore': [
    ['1.1K crore views', 'en-IN', 11_000_000_000],
    ['2 lakh crore', 'en-IN', 2_000_000_000_000],
    ['12 lakh', 'en-IN', 1_200_000],
  ],
  'Lao and Burmese, also written without a space': [
    ['1.2 ພັນ', 'lo', 1200],
    ['3 ລ້ານຄັ້ງ', 'lo', 3_000_000],
    ['1.2ກີບ', 'lo', 1200],
    ['၁.၂ ထောင်', 'my', 1200],
    ['၅သိန်းကြည့်ရှုမှု', 'my', 500_000],
    ['၂ သန်း', 'my', 2_000_000],
  ],
  'styled digits and letters (NFKC)': [
    ['１２Ｋ', 'en', 12_000],
    ['𝟏𝟐.𝟓𝐊 followers', 'en', 12_500],
    ['１，２３４', 'ja', 1234],
  ],
};
