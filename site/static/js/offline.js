/* Keeps the pages a person reads for reading offline (home/offline.py). Optional: pages work without it. */
if ("serviceWorker" in navigator) navigator.serviceWorker.register("/sw.js", { scope: "/" });
