/** The home page: paste text or HTML, or give a URL. Works without JavaScript (plain form posts). */
import { Layout } from './layout';

export function HomePage(props: { error?: string; content?: string; url?: string }) {
  return (
    <Layout title="article-extract — news article extraction">
      <section class="intro">
        <h1>Extract a news article</h1>
        <p>
          Paste a wire story or a page's HTML, or give the address of a page. You get its title, dateline, agency,
          dates, authors and clean text, as a page to read and as JSON.
        </p>
      </section>
      {props.error ? (
        <p class="error" role="alert">
          {props.error}
        </p>
      ) : null}
      <form method="get" action="/v1/extract" class="card">
        <input type="hidden" name="format" value="html" />
        <label for="url">Page address</label>
        <div class="row">
          <input id="url" name="url" type="url" required placeholder="https://example.com/news/story" value={props.url ?? ''} />
          <button type="submit">Extract</button>
        </div>
      </form>
      <form method="post" action="/" class="card">
        <label for="content">Text or HTML</label>
        <textarea id="content" name="content" rows={12} required placeholder="MOSCOW (AP) — …">
          {props.content ?? ''}
        </textarea>
        <button type="submit">Extract</button>
      </form>
    </Layout>
  );
}
