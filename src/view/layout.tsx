/** The page shell shared by the home page and the article view. */
import type { Child } from 'hono/jsx';

export function Layout(props: { title: string; children: Child; head?: Child; wide?: boolean }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <title>{props.title}</title>
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href="/assets/view.css" />
        {props.head}
      </head>
      <body>
        <a class="skip" href="#main">Skip to content</a>
        <header class="site">
          <a href="/" class="brand">
            article-extract
          </a>
          <nav aria-label="Site">
            <a href="/">Extract</a>
            <a href="/openapi.json">API</a>
          </nav>
        </header>
        <main id="main" class={props.wide ? 'wide' : undefined}>
          {props.children}
        </main>
        <footer class="site">
          Extracted at the edge. Every field is escaped; the only script is this site's own, and the page works without it.
        </footer>
      </body>
    </html>
  );
}
