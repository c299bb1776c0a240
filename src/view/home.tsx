/** The home page: paste text or HTML, or give a URL. Works without JavaScript (plain form posts). */
import { Layout } from './layout';

/** The API key field, in each form when the service requires a key (secret API_KEY). */
function KeyField(props: { id: string }) {
  return (
    <>
      <label for={props.id}>API key</label>
      <input id={props.id} name="apiKey" type="password" required autocomplete="off" spellcheck={false} />
    </>
  );
}

export function HomePage(props: { error?: string; content?: string; url?: string; needsKey?: boolean }) {
  return (
    <Layout title="article-extract — news article extraction">
      <section class="intro">
        <h1>Read a news article as data</h1>
        <p class="lede">
          Give the address of a page, or paste a wire story or a page's HTML. You get its headline, dateline, agency,
          dates, authors, the people and places in it, its quotes and clean text — as a page to read, and as JSON.
        </p>
      </section>
      {props.error ? (
        <p class="error" role="alert">
          {props.error}
        </p>
      ) : null}
      <form method="post" action="/" class="card" aria-labelledby="from-url-h">
        <h2 id="from-url-h">From a web address</h2>
        <label for="url">Page address</label>
        <div class="row">
          <input id="url" name="url" type="url" required inputmode="url" autocomplete="url"
            placeholder="https://example.com/news/story" value={props.url ?? ''} />
          <button type="submit">Extract</button>
        </div>
        {props.needsKey ? <KeyField id="key-url" /> : null}
      </form>
      <form method="post" action="/" class="card" aria-labelledby="from-text-h">
        <h2 id="from-text-h">From text or HTML</h2>
        <label for="content">Article text or page HTML</label>
        <textarea id="content" name="content" rows={12} required spellcheck={false}
          placeholder={'TROMSO, Norway (AP) — Norway’s fisheries minister said on Thursday …'}>
          {props.content ?? ''}
        </textarea>
        {props.needsKey ? <KeyField id="key-content" /> : null}
        <button type="submit">Extract</button>
      </form>
      <section class="about" aria-labelledby="about-h">
        <h2 id="about-h">Every result has its own address</h2>
        <p>
          The result page lives at <code>/v1/articles/&lt;id&gt;</code>, where the id is the SHA-256 of what you gave:
          share it, or ask the same address for <code>?format=json</code> or <code>?format=markdown</code>. The API is
          described in <a href="/openapi.json">OpenAPI</a>.
        </p>
      </section>
    </Layout>
  );
}
