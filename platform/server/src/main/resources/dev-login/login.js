// The demo login's token buttons: each asks /api/v1/dev/token for a token for its demo user.
// Served from the same origin as the page, as its Content-Security-Policy requires.
document.querySelectorAll('button[data-body]').forEach(b => b.onclick = async () => {
  const r = await fetch('/api/v1/dev/token', {method: 'POST',
    headers: {'Content-Type': 'application/json'}, body: b.dataset.body});
  document.getElementById('token').value = (await r.json()).access_token;
});
