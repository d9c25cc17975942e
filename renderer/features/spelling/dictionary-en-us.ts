// As dictionary-en-gb.ts, for American English (the dictionary-en package).
import aff from '../../../node_modules/dictionary-en/index.aff?raw';
import dic from '../../../node_modules/dictionary-en/index.dic?raw';

export default { aff, dic };
