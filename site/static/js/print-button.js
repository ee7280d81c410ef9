// Buttons marked data-print open the browser's print dialogue (no inline onclick: CSP forbids it).
document.addEventListener("click", (event) => {
    if (event.target.closest("[data-print]")) {
        window.print();
    }
});
