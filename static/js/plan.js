// Progressive enhancement: a "Print" button for the plan (the print layout is plain CSS).
document.querySelectorAll("[data-plan-print]").forEach((button) => {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
});
