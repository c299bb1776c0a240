/** The page shell shared by the home page and the article view. */
import type { Child } from 'hono/jsx';

export function Layout(props: { title: string; children: Child; head?: Child }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <title>{props.title}</title>
        <link rel="stylesheet" href="/assets/view.css" />
        {props.head}
      </head>
      <body>
        <header class="site">
          <a href="/" class="brand">article-extract</a>
          <nav>
            <a href="/openapi.json">API</a>
          </nav>
        </header>
        <main>{props.children}</main>
        <footer class="site">Extracted at the edge. Every field is escaped; no scripts run on this page.</footer>
      </body>
    </html>
  );
}
