import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy* / waitFor wait for state; on a loaded 2-core machine a render can take seconds, so allow 20.
configure({ asyncUtilTimeout: 20_000 });

afterEach(() => cleanup());
