import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiPaths } from '../../src/contract/api-paths';
import { readApiJson } from './fixture-api';
import { apiFile, server } from './msw-server';
import { findHeading, renderRoute } from './render-route';

const junePath = apiPaths.month('2008-06', 1);

const failures = [
  {
    name: 'a server error (500)',
    respond: () => new HttpResponse('Internal error', { status: 500 }),
    message: /answered with error 500/,
  },
  { name: 'a network error', respond: () => HttpResponse.error(), message: /could not be reached/ },
  {
    name: 'a body that is not JSON',
    respond: () => new HttpResponse('<html>Gateway</html>', { headers: { 'Content-Type': 'text/html' } }),
    message: /not valid JSON/,
  },
  {
    name: 'JSON of the wrong shape',
    respond: () => HttpResponse.json({ ...readApiJson(junePath), items: [{ slug: 'x', title: 42 }] }),
    message: /items\.0\.title/,
  },
];

describe('a view whose data fails to load', () => {
  it.each(failures)(
    'shows what went wrong for $name, keeps the frame, and Retry recovers',
    async (failure) => {
      server.use(http.get(apiFile(junePath), failure.respond, { once: true }));
      const { user } = renderRoute('/2008/06');

      expect(await findHeading('This page could not be loaded')).toBeInTheDocument();
      expect(screen.getByRole('alert')).toBeInTheDocument();
      expect(screen.getByRole('main')).toHaveTextContent(failure.message);
      expect(
        within(screen.getByRole('banner')).getByRole('link', { name: 'Fixture Archive' }),
      ).toBeInTheDocument();
      expect(await screen.findByRole('navigation', { name: 'Monthly archive' })).toBeInTheDocument();
      expect(screen.queryByRole('article')).not.toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: 'Retry' }));
      expect(await findHeading('June 2008')).toBeInTheDocument();
      expect(within(screen.getByRole('main')).getAllByRole('article')).toHaveLength(3);
    },
  );

  it('keeps the view when only a sidebar file fails, and the widget retries on its own', async () => {
    server.use(
      http.get(apiFile(apiPaths.archive()), () => new HttpResponse(null, { status: 503 }), { once: true }),
    );
    const { user } = renderRoute('/labels');
    expect(await findHeading('Labels')).toBeInTheDocument();
    const widget = await screen.findByRole('navigation', { name: 'Monthly archive' });
    expect(await within(widget).findByText('Could not load the archive.')).toBeInTheDocument();

    await user.click(within(widget).getByRole('button', { name: 'Retry' }));
    expect(await within(widget).findByRole('button', { name: '2010 (1)' })).toBeInTheDocument();
  });
});
