/**
 * A small static scanner for the project's regular expressions: finds regex literals (and
 * `new RegExp('…')` calls with a literal string) in source text, and measures their star height
 * (a quantified group that itself contains an unbounded quantifier: `(a+)+`, `(\s*x)*`, …), the
 * classic shape of catastrophic backtracking.
 */

export interface FoundRegex {
  file: string;
  line: number;
  source: string;
  flags: string;
}

/** Regex literals in TypeScript source, by a conservative lexer: skips comments and strings. */
export function findRegexLiterals(file: string, text: string): FoundRegex[] {
  const out: FoundRegex[] = [];
  let i = 0;
  let line = 1;
  // The last significant token decides whether "/" starts a regex or is a division.
  let prev = '';
  const n = text.length;
  const isIdent = (c: string) => /[A-Za-z0-9_$]/.test(c);
  while (i < n) {
    const c = text[i];
    if (c === '\n') { line++; i++; continue; }
    if (c === ' ' || c === '\t' || c === '\r') { i++; continue; }
    if (c === '/' && text[i + 1] === '/') { while (i < n && text[i] !== '\n') i++; continue; }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      for (let k = i; k < stop; k++) if (text[k] === '\n') line++;
      i = stop;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') {
      // Strings (template literals without nesting awareness beyond ${…} depth counting).
      const quote = c;
      const start = i;
      i++;
      let depth = 0;
      while (i < n) {
        const d = text[i];
        if (d === '\\') { i += 2; continue; }
        if (d === '\n') line++;
        if (quote === '`' && d === '$' && text[i + 1] === '{') { depth++; i += 2; continue; }
        if (quote === '`' && d === '}' && depth > 0) { depth--; i++; continue; }
        if (d === quote && depth === 0) break;
        i++;
      }
      i++;
      // new RegExp('literal', 'flags')
      // Only a whole literal argument (followed by "," or ")"); concatenations are dynamic.
      if (quote !== '`' && /new\s+RegExp\s*\(\s*$/.test(text.slice(Math.max(0, start - 30), start)) && /^\s*[,)]/.test(text.slice(i, i + 10))) {
        try {
          const src = JSON.parse('"' + text.slice(start + 1, i - 1).replace(/"/g, '\\"').replace(/\\'/g, "'") + '"');
          const rest = /^\s*,\s*['"]([a-z]*)['"]/.exec(text.slice(i, i + 20));
          out.push({ file, line, source: src, flags: rest?.[1] ?? '' });
        } catch {
          // not a plain literal
        }
      }
      prev = 'str';
      continue;
    }
    if (c === '/') {
      const regexAllowed =
        prev === '' || /^[(,=:[!&|?{};+\-*%<>~^]$/.test(prev) || ['return', 'typeof', 'case', 'of', 'in', '=>', 'void', 'throw', 'yield', 'await'].includes(prev);
      if (regexAllowed) {
        let j = i + 1;
        let inClass = false;
        let ok = false;
        while (j < n && text[j] !== '\n') {
          const d = text[j];
          if (d === '\\') { j += 2; continue; }
          if (d === '[') inClass = true;
          else if (d === ']') inClass = false;
          else if (d === '/' && !inClass) { ok = true; break; }
          j++;
        }
        if (ok) {
          let k = j + 1;
          while (k < n && /[a-z]/.test(text[k])) k++;
          out.push({ file, line, source: text.slice(i + 1, j), flags: text.slice(j + 1, k) });
          i = k;
          prev = 'regex';
          continue;
        }
      }
      prev = '/';
      i++;
      continue;
    }
    if (c === '=' && text[i + 1] === '>') { prev = '=>'; i += 2; continue; }
    if (isIdent(c)) {
      let j = i;
      while (j < n && isIdent(text[j])) j++;
      prev = text.slice(i, j);
      i = j;
      continue;
    }
    prev = c;
    i++;
  }
  return out;
}

export interface Shape {
  /** Max nesting of unbounded quantifiers: 1 for `a+`, 2 for `(a+)+`. */
  starHeight: number;
  /** Human-readable description of each nested unbounded quantifier found. */
  nested: string[];
}

/**
 * Star height of a pattern: walks it with a stack of groups; a group's height is the largest
 * height inside it, plus one when the group itself carries an unbounded quantifier (`*`, `+`,
 * `{n,}`). Bounded repeats (`{0,3}`) do not count. Lookarounds count like groups.
 */
export function regexShape(source: string): Shape {
  const nested: string[] = [];
  const stack: Array<{ start: number; height: number }> = [{ start: 0, height: 0 }];
  let i = 0;
  const n = source.length;
  /** Reads a quantifier at position p: returns [unbounded, length] or null. */
  const quantifier = (p: number): [boolean, number] | null => {
    const c = source[p];
    if (c === '*' || c === '+') return [true, source[p + 1] === '?' || source[p + 1] === '+' ? 2 : 1];
    if (c === '?') return [false, source[p + 1] === '?' ? 2 : 1];
    if (c === '{') {
      const m = /^\{(\d*)(,(\d*))?\}\??/.exec(source.slice(p));
      if (m) {
        const unbounded = m[2] !== undefined && m[3] === '';
        const max = m[3] ? Number(m[3]) : Number(m[1]);
        // A large bounded repeat backtracks like an unbounded one.
        return [unbounded || max > 64, m[0].length];
      }
    }
    return null;
  };
  const atomDone = (atomHeight: number, atomText: string) => {
    const q = quantifier(i);
    let h = atomHeight;
    if (q) {
      if (q[0]) {
        if (atomHeight >= 1) nested.push(`${atomText}${source.slice(i, i + q[1])}`);
        h = atomHeight + 1;
      }
      i += q[1];
    }
    const top = stack[stack.length - 1];
    top.height = Math.max(top.height, h);
  };
  while (i < n) {
    const c = source[i];
    if (c === '\\') {
      const start = i;
      i += 2;
      // \u{…}, \p{…}, \x41, \u0041, \k<name>
      if (/[pPu]/.test(source[i - 1]) && source[i] === '{') i = source.indexOf('}', i) + 1;
      else if (source[i - 1] === 'u') i += 4;
      else if (source[i - 1] === 'x') i += 2;
      else if (source[i - 1] === 'k' && source[i] === '<') i = source.indexOf('>', i) + 1;
      atomDone(0, source.slice(start, i));
      continue;
    }
    if (c === '[') {
      const start = i;
      i++;
      if (source[i] === '^') i++;
      if (source[i] === ']') i++;
      while (i < n && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      i++;
      atomDone(0, source.slice(start, i));
      continue;
    }
    if (c === '(') {
      stack.push({ start: i, height: 0 });
      i++;
      if (source[i] === '?') {
        i++;
        if (source[i] === '<' && source[i + 1] !== '=' && source[i + 1] !== '!') i = source.indexOf('>', i) + 1;
        else i++;
      }
      continue;
    }
    if (c === ')') {
      const group = stack.pop()!;
      i++;
      const text = source.slice(group.start, i);
      atomDone(group.height, text.length > 40 ? text.slice(0, 40) + '…)' : text);
      continue;
    }
    if (c === '|' || c === '^' || c === '$') { i++; continue; }
    i++;
    atomDone(0, c);
  }
  return { starHeight: stack[0].height, nested };
}
