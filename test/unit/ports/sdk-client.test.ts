import { describe, expect, it } from 'vitest';
import { clientAtFirstUse } from '../../../shared/ports/sdk-client.js';

describe('clientAtFirstUse', () => {
  it('makes the client at the first call only, once for concurrent callers', async () => {
    // Prepare
    let made = 0;
    const client = clientAtFirstUse(async () => ({ id: ++made }));

    // Act
    const before = made;
    const clients = await Promise.all([client(), client(), client()]);

    // Assess
    expect(before).toBe(0);
    expect(made).toBe(1);
    expect(new Set(clients).size).toBe(1);
  });

  it('gives a client already made as it is', async () => {
    const made = { id: 1 };

    expect(await clientAtFirstUse(made)()).toBe(made);
  });
});
