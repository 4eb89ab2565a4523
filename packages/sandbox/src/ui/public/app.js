// The sandbox chat UI: lists customers, shows the selected customer's conversation (bubbles rendered
// on the server), sends the customer's actions and follows changes live over Server-Sent Events.

const $ = (selector) => document.querySelector(selector);
const messagesElement = $('#messages');
const customersElement = $('#customers');
const logElement = $('#webhook-log');
const locationDialog = $('#location-dialog');
const reactionPicker = $('#reaction-picker');

const state = {
  customers: [],
  current: '',
  unread: new Map(),
  locationContext: undefined,
  reactTo: undefined,
};

async function api(path, options = {}) {
  const response = await fetch(path, {
    ...options,
    headers:
      options.body && typeof options.body === 'string'
        ? { 'content-type': 'application/json' }
        : options.headers,
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.error ?? `HTTP ${response.status}`);
  return body;
}

function post(path, body) {
  return api(path, { method: 'POST', body: JSON.stringify(body) });
}

function initials(name) {
  return name
    .replace(/^\+/, '')
    .split(/\s+/)
    .map((part) => part[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();
}

function renderCustomers() {
  customersElement.replaceChildren(
    ...state.customers.map((customer) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'customer-button';
      button.dataset.waId = customer.waId;
      if (customer.waId === state.current) button.setAttribute('aria-current', 'true');
      const unread = state.unread.get(customer.waId) ?? 0;
      button.innerHTML = `<span class="avatar" aria-hidden="true"></span><span class="who"><span class="name"></span><span class="number muted"></span></span>${unread > 0 ? `<span class="badge" aria-label="${unread} new">${unread}</span>` : ''}`;
      button.querySelector('.avatar').textContent = initials(customer.name);
      button.querySelector('.name').textContent = customer.name;
      button.querySelector('.number').textContent = `+${customer.waId}`;
      button.setAttribute('aria-label', `Chat with ${customer.name}`);
      item.append(button);
      return item;
    }),
  );
}

function scrollToEnd() {
  messagesElement.scrollTop = messagesElement.scrollHeight;
}

function upsertBubble(message) {
  if (!message.html) return;
  const template = document.createElement('template');
  template.innerHTML = message.html.trim();
  const bubble = template.content.firstElementChild;
  const existing = messagesElement.querySelector(`[data-id="${CSS.escape(message.id)}"]`);
  if (existing) {
    const dialogOpen = existing.querySelector('dialog[open]');
    if (dialogOpen) return; // do not close a sheet the user is using; the next update catches up
    existing.replaceWith(bubble);
  } else {
    const atEnd =
      messagesElement.scrollHeight - messagesElement.scrollTop - messagesElement.clientHeight < 80;
    messagesElement.append(bubble);
    if (atEnd || message.direction === 'customer') scrollToEnd();
  }
}

async function selectCustomer(waId) {
  state.current = waId;
  state.unread.delete(waId);
  const customer = state.customers.find((candidate) => candidate.waId === waId);
  $('#chat-title').textContent = customer?.name ?? waId;
  $('#chat-subtitle').textContent = `+${waId}`;
  if (location.hash !== `#${waId}`) history.replaceState(null, '', `#${waId}`);
  renderCustomers();
  const { messages } = await api(`/_sandbox/api/customers/${waId}/messages`);
  if (state.current !== waId) return;
  messagesElement.replaceChildren();
  for (const message of messages) upsertBubble(message);
  scrollToEnd();
  $('#text').focus();
}

function renderSettings(data) {
  $('#business').textContent = `${data.business.name} · +${data.business.displayPhoneNumber}`;
  const cloud = data.webhooks.cloud;
  const onprem = data.webhooks.onprem;
  const settings = $('#webhook-settings');
  settings.replaceChildren();
  const lines = [
    ['Cloud API', data.endpoints.cloud],
    ['On-Prem API', data.endpoints.onprem],
    [
      'Cloud webhooks',
      cloud.url ? `${cloud.url} ${cloud.verified ? '✓ verified' : '✗ not verified'}` : 'off',
    ],
    ['On-Prem webhooks', onprem.url || 'off'],
  ];
  for (const [label, value] of lines) {
    const line = document.createElement('p');
    const strong = document.createElement('strong');
    strong.textContent = `${label}: `;
    const code = document.createElement('code');
    code.textContent = value;
    line.append(strong, code);
    settings.append(line);
  }
  const form = $('#webhook-form');
  form.elements.cloud.value = cloud.url;
  form.elements.onprem.value = onprem.url;
}

function appendLog(entry) {
  const item = document.createElement('li');
  item.className = entry.ok ? 'ok' : 'failed';
  const time = new Date(entry.at).toLocaleTimeString();
  item.textContent = `${time} ${entry.format === 'cloud' ? 'Cloud' : 'On-Prem'} · ${entry.summary} → ${entry.outcome}`;
  logElement.prepend(item);
  while (logElement.children.length > 100) logElement.lastElementChild.remove();
}

async function loadState() {
  const data = await api('/_sandbox/api/state');
  state.customers = data.customers;
  renderSettings(data);
  renderCustomers();
  return data;
}

async function start() {
  await loadState();
  const { entries } = await api('/_sandbox/api/webhook-log');
  for (const entry of entries) appendLog(entry);
  const wanted = location.hash.slice(1);
  const first = state.customers.find((customer) => customer.waId === wanted) ?? state.customers[0];
  if (first) await selectCustomer(first.waId);
  connect();
}

function connect() {
  const events = new EventSource('/_sandbox/events');
  events.addEventListener('message', (event) => {
    const message = JSON.parse(event.data);
    if (message.waId === state.current) {
      upsertBubble(message);
      if (message.direction === 'business') $('#typing').hidden = true;
    } else if (message.direction === 'business' && message.status === 'accepted') {
      state.unread.set(message.waId, (state.unread.get(message.waId) ?? 0) + 1);
      renderCustomers();
    }
  });
  events.addEventListener('customers', () => void loadState());
  events.addEventListener('typing', (event) => {
    const { waId } = JSON.parse(event.data);
    if (waId !== state.current) return;
    $('#typing').hidden = false;
    setTimeout(() => {
      $('#typing').hidden = true;
    }, 25_000);
  });
  events.addEventListener('reset', async () => {
    state.unread.clear();
    logElement.replaceChildren();
    await loadState();
    const first = state.customers.find((customer) => customer.waId === state.current) ?? state.customers[0];
    if (first) await selectCustomer(first.waId);
  });
  events.addEventListener('webhook', (event) => appendLog(JSON.parse(event.data)));
}

async function act(action) {
  if (!state.current) return;
  try {
    await post(`/_sandbox/api/customers/${state.current}/actions`, action);
  } catch (error) {
    alert(`Could not send: ${error.message}`);
  }
}

// Images load after their bubble is placed: keep the newest one in view once it has its height.
messagesElement.addEventListener(
  'load',
  (event) => {
    if (
      event.target.tagName === 'IMG' &&
      event.target.closest('.bubble') === messagesElement.lastElementChild
    ) {
      scrollToEnd();
    }
  },
  true,
);

customersElement.addEventListener('click', (event) => {
  const button = event.target.closest('button.customer-button');
  if (button) void selectCustomer(button.dataset.waId);
});

$('#composer').addEventListener('submit', (event) => {
  event.preventDefault();
  const input = $('#text');
  const text = input.value.trim();
  if (!text) return;
  input.value = '';
  void act({ kind: 'text', text });
});

$('#image-input').addEventListener('change', async (event) => {
  const file = event.target.files?.[0];
  event.target.value = '';
  if (!file || !state.current) return;
  const response = await fetch(`/_sandbox/api/customers/${state.current}/image`, {
    method: 'POST',
    headers: { 'content-type': file.type },
    body: file,
  });
  if (!response.ok) alert(`Could not send the photo: ${(await response.json()).error}`);
});

function openLocationDialog(messageId) {
  state.locationContext = messageId;
  locationDialog.showModal();
}

$('#share-location').addEventListener('click', () => openLocationDialog(undefined));

locationDialog.addEventListener('close', () => {
  if (locationDialog.returnValue !== 'share') return;
  const form = locationDialog.querySelector('form');
  const value = (name) => form.elements[name].value.trim();
  void act({
    kind: 'location',
    messageId: state.locationContext,
    latitude: Number(value('latitude')),
    longitude: Number(value('longitude')),
    name: value('name') || undefined,
    address: value('address') || undefined,
  });
});

messagesElement.addEventListener('click', (event) => {
  const target = event.target.closest('button');
  if (!target) return;
  if (target.hasAttribute('data-open-dialog')) {
    target.closest('.bubble').querySelector('dialog')?.showModal();
    return;
  }
  if (target.hasAttribute('data-close-dialog')) {
    target.closest('dialog')?.close();
    return;
  }
  if (target.dataset.locationRequest) {
    openLocationDialog(target.dataset.locationRequest);
    return;
  }
  if (target.dataset.copy !== undefined) {
    void navigator.clipboard?.writeText(target.dataset.copy);
    target.textContent = '✓ Copied';
    return;
  }
  if (target.dataset.react) {
    state.reactTo = target.dataset.react;
    const box = target.getBoundingClientRect();
    reactionPicker.style.top = `${window.scrollY + box.top - 48}px`;
    reactionPicker.style.left = `${Math.max(8, box.left - 120)}px`;
    reactionPicker.hidden = false;
    reactionPicker.querySelector('button').focus();
    return;
  }
  if (target.dataset.action) {
    target.closest('dialog')?.close();
    void act(JSON.parse(target.dataset.action));
  }
});

reactionPicker.addEventListener('click', (event) => {
  const button = event.target.closest('button');
  if (!button || !state.reactTo) return;
  reactionPicker.hidden = true;
  void act({ kind: 'reaction', messageId: state.reactTo, emoji: button.dataset.emoji });
});

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') reactionPicker.hidden = true;
});
document.addEventListener('click', (event) => {
  if (!reactionPicker.hidden && !event.target.closest('#reaction-picker, [data-react]'))
    reactionPicker.hidden = true;
});

$('#add-customer').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.target;
  try {
    await post('/_sandbox/api/customers', { name: form.elements.name.value, waId: form.elements.waId.value });
    const waId = form.elements.waId.value;
    form.reset();
    await loadState();
    await selectCustomer(waId);
  } catch (error) {
    alert(error.message);
  }
});

$('#webhook-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.target;
  try {
    const result = await api('/_sandbox/api/webhooks', {
      method: 'PUT',
      body: JSON.stringify({ cloud: form.elements.cloud.value, onprem: form.elements.onprem.value }),
    });
    renderSettings(result.state);
    const cloud = result.results.cloud;
    if (cloud && !cloud.ok) alert(`Cloud callback: ${cloud.detail}`);
  } catch (error) {
    alert(error.message);
  }
});

$('#reset').addEventListener('click', async () => {
  if (!confirm('Forget every conversation and media file?')) return;
  await post('/_sandbox/api/reset', {});
});

window.addEventListener('hashchange', () => {
  const waId = location.hash.slice(1);
  if (waId && waId !== state.current && state.customers.some((customer) => customer.waId === waId)) {
    void selectCustomer(waId);
  }
});

void start();
