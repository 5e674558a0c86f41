import type { Page } from 'playwright-core';

/**
 * What a merchant does with a mouse or keyboard. Page and Locator methods both end in the Frame's method of the
 * same name (page.click and locator.click call frame.click), so counting on the Frame counts each act once.
 * Typing a whole text into a field (fill, type) is one act, as is pressing one key.
 */
const ACTS = [
  'click',
  'dblclick',
  'tap',
  'check',
  'uncheck',
  'selectOption',
  'fill',
  'type',
  'press',
  'setInputFiles',
] as const;

export interface ClickCounter {
  /** Acts counted so far, each with its selector, in order (for the failure message). */
  readonly acts: ReadonlyArray<string>;
  readonly count: number;
  /** Stops counting and puts the page's methods back. */
  stop(): void;
}

/** Counts every click and every text typed on the page's frames (Page and Locator alike) until stop(). */
export function countClicks(page: Page): ClickCounter {
  const frame = Object.getPrototypeOf(page.mainFrame()) as Record<string, unknown>;
  const acts: string[] = [];
  const originals = new Map<string, unknown>();
  for (const name of ACTS) {
    const original = frame[name];
    if (typeof original !== 'function') {
      throw new Error(`playwright's Frame has no ${name}: the click counter needs updating`);
    }
    originals.set(name, original);
    frame[name] = function counted(this: unknown, selector: unknown, ...rest: unknown[]) {
      acts.push(`${name} ${String(selector)}`);
      return original.call(this, selector, ...rest);
    };
  }
  // Raw keyboard and mouse input would slip past the frame: count it too.
  const keyboard = page.keyboard;
  const mouse = page.mouse;
  const raw = {
    press: keyboard.press.bind(keyboard),
    type: keyboard.type.bind(keyboard),
    insertText: keyboard.insertText.bind(keyboard),
    click: mouse.click.bind(mouse),
    dblclick: mouse.dblclick.bind(mouse),
  };
  const count = <A extends unknown[], R>(act: string, perform: (...args: A) => R) => {
    return (...args: A): R => {
      acts.push(act);
      return perform(...args);
    };
  };
  keyboard.press = count('keyboard.press', raw.press);
  keyboard.type = count('keyboard.type', raw.type);
  keyboard.insertText = count('keyboard.insertText', raw.insertText);
  mouse.click = count('mouse.click', raw.click);
  mouse.dblclick = count('mouse.dblclick', raw.dblclick);
  return {
    acts,
    get count() {
      return acts.length;
    },
    stop() {
      for (const [name, original] of originals) {
        frame[name] = original;
      }
      // The replacements are own properties; removing them uncovers the prototype's methods again.
      for (const name of ['press', 'type', 'insertText'] as const) {
        delete (keyboard as Partial<typeof keyboard>)[name];
      }
      for (const name of ['click', 'dblclick'] as const) {
        delete (mouse as Partial<typeof mouse>)[name];
      }
    },
  };
}
