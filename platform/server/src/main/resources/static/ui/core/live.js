// Live figures: the server pushes a "change" event (server-sent events) when a report change is
// committed in any replica; pages re-read what they show. The stream is read with fetch, because
// EventSource cannot send the bearer token. Reconnects with a growing pause when the line drops.
import { reactive, h, onBeforeUnmount } from './vue.js';
import { accessToken } from './session.js';
import { lang, t, fmtDateTime } from './i18n.js';

/**
 * Subscribes to an event stream (e.g. tenantPath('events') or '/api/v1/comparison/events').
 * onChange(change) gets each change's data ({tenant, formCode, period, status, at}).
 * Returns {state, stop}: state is reactive ({status: 'connecting' | 'open' | 'closed', lastChange}).
 */
export function subscribe(path, onChange) {
  const state = reactive({ status: 'connecting', lastChange: null, since: null });
  let stopped = false;
  let controller = null;
  let pause = 1000;

  const dispatch = (event, data) => {
    if (event === 'ready') {
      state.status = 'open';
      state.since = new Date().toISOString();
      pause = 1000;
    } else if (event === 'change') {
      let change = {};
      try {
        change = JSON.parse(data);
      } catch (e) {
        return;
      }
      state.lastChange = change.at || new Date().toISOString();
      onChange(change);
    }
  };

  const read = async () => {
    controller = new AbortController();
    const token = await accessToken();
    const headers = { Accept: 'text/event-stream', 'Accept-Language': lang() };
    if (token) headers.Authorization = `Bearer ${token}`;
    const response = await fetch(path, { headers, signal: controller.signal, cache: 'no-store' });
    if (!response.ok || !response.body) throw new Error(`events: ${response.status}`);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value.replace(/\r\n?/g, '\n');
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let event = 'message';
        const data = [];
        for (const line of block.split('\n')) {
          if (line.startsWith('event:')) event = line.slice(6).trim();
          else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
        }
        dispatch(event, data.join('\n'));
      }
    }
  };

  const loop = async () => {
    while (!stopped) {
      try {
        state.status = 'connecting';
        await read();
      } catch (e) {
        // Dropped, refused or aborted: try again unless the page has gone.
      }
      if (stopped) break;
      state.status = 'closed';
      await new Promise((resolve) => setTimeout(resolve, pause));
      pause = Math.min(pause * 2, 30_000);
    }
  };
  loop();

  return {
    state,
    stop() {
      stopped = true;
      controller?.abort();
    },
  };
}

/** Subscribes for the life of the calling component's setup(). */
export function useLive(path, onChange) {
  const live = subscribe(path, onChange);
  onBeforeUnmount(() => live.stop());
  return live.state;
}

/**
 * How fresh the figures on a page are: when they were computed and whether changes arrive live.
 * computedAt: the view's computedAt; live: the state from useLive (or null).
 */
export function Freshness(computedAt, live) {
  const status = live ? live.status : 'closed';
  return h('p', { class: `freshness freshness-${status}`, role: 'status', 'data-test': 'freshness', 'data-live': status }, [
    computedAt ? h('span', t('common.figures-as-of', fmtDateTime(computedAt))) : null,
    ' ',
    h('span', { class: 'freshness-live' }, t(`common.live-${status}`)),
    live && live.lastChange ? h('span', { 'data-test': 'last-change' }, ` ${t('common.last-change', fmtDateTime(live.lastChange))}`) : null,
  ]);
}

/** Calls fn once, wait ms after the last of a burst of calls: changes arrive in bursts. */
export function debounce(fn, wait = 200) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), wait);
  };
}
