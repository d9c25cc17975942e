// The dictionary-en-gb package reads these files with fs beside its own index.js, which a bundled page
// cannot; they are taken as text here instead (the package's exports name only index.js).
import aff from '../../../node_modules/dictionary-en-gb/index.aff?raw';
import dic from '../../../node_modules/dictionary-en-gb/index.dic?raw';

export default { aff, dic };
