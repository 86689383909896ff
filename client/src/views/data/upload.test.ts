import { describe, expect, test, vi } from 'vitest';
import { UploadError, uploadFile } from './upload';

function answer(status: number, body: unknown): typeof fetch {
  return vi.fn(async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
}

describe('uploadFile', () => {
  test('sends the bytes with the file name and the CSRF header', async () => {
    const fetchMock = answer(200, { uploadId: 'u1', fileName: 'Mäntyharju.csv', size: 12, detectedFormat: 'long-csv' });
    const file = new File(['indicator,area'], 'Mäntyharju.csv', { type: 'text/csv' });
    await expect(uploadFile(file, fetchMock)).resolves.toEqual({ uploadId: 'u1', fileName: 'Mäntyharju.csv', size: 12, detectedFormat: 'long-csv' });
    const [url, init] = vi.mocked(fetchMock).mock.calls[0]!;
    expect(url).toBe('/api/uploads');
    expect(init?.method).toBe('POST');
    expect(init?.credentials).toBe('same-origin');
    expect(init?.headers).toMatchObject({ 'x-file-name': 'M%C3%A4ntyharju.csv', 'x-mittaristo-upload': '1' });
    expect(init?.body).toBe(file);
  });

  test('a 413 is a too-large error with the server’s message', async () => {
    const error = await uploadFile(new File(['x'], 'big.csv'), answer(413, { error: 'the file is over 50 MB' })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UploadError);
    expect((error as UploadError).tooLarge).toBe(true);
    expect((error as UploadError).message).toBe('the file is over 50 MB');
  });

  test('401 and 403 keep their status, so the view can ask the person to sign in', async () => {
    const unauthenticated = await uploadFile(new File(['x'], 'a.csv'), answer(401, { error: 'sign in first' })).catch((caught: unknown) => caught);
    expect((unauthenticated as UploadError).status).toBe(401);
    expect((unauthenticated as UploadError).message).toBe('sign in first');
    const forbidden = await uploadFile(new File(['x'], 'a.csv'), answer(403, { error: 'analysts only' })).catch((caught: unknown) => caught);
    expect((forbidden as UploadError).status).toBe(403);
  });

  test('an answer that is not JSON says its status', async () => {
    const error = await uploadFile(new File(['x'], 'a.csv'), answer(502, '<html>Bad gateway</html>')).catch((caught: unknown) => caught);
    expect((error as UploadError).message).toMatch(/^HTTP 502/);
    expect((error as UploadError).tooLarge).toBe(false);
  });
});
