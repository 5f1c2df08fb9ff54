// The console's worklist refreshes itself every 30 s (htmx, hx-trigger on #tasks). A refresh must never
// take the keyboard away from a person working in the list: while focus is inside the list, or the
// person has typed into it, the refresh waits for the next tick instead of replacing what they are on.
document.addEventListener('htmx:beforeRequest', function (event) {
  var list = document.getElementById('tasks');
  if (!list || event.detail.elt !== list) {
    return;
  }
  var active = document.activeElement;
  var typing = Array.prototype.some.call(list.querySelectorAll('input, textarea'), function (field) {
    return field.value !== field.defaultValue;
  });
  if ((active && active !== document.body && list.contains(active)) || typing) {
    event.preventDefault();
  }
});
