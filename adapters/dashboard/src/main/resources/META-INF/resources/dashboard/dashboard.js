// The usage dashboard. It signs in with an access token kept in this tab's sessionStorage, sends it only as
// the Access-Token header, and shows what the service's /dashboard/api endpoints answer. Every text that
// comes from the service is set with textContent, never parsed as HTML.
(function () {
    "use strict";

    const TOKEN_KEY = "agent-usage.access-token";
    const NUMBER = new Intl.NumberFormat("en-US");
    const RATE = new Intl.NumberFormat("en-US", {maximumFractionDigits: 2});
    const PERCENT_CHANGE = new Intl.NumberFormat("en-US", {minimumFractionDigits: 1, maximumFractionDigits: 1});
    const DAY_SECONDS = 86400;
    const COLORS = {successful: "#2f855a", ambiguous: "#d69e2e", unhandled: "#c53030", rate: "#2b4acb"};
    const CARDS = {
        sessions: "Sessions",
        messages: "Messages",
        success_rate: "Success rate",
        unhandled: "Unhandled",
        ambiguous: "Ambiguous",
        interventions: "Interventions"
    };

    const $ = (id) => document.getElementById(id);
    let chart = null;
    let shown = null; // the agent and parameters of the report on screen, for its downloads

    // --- The token -------------------------------------------------------------------------------------

    const token = () => sessionStorage.getItem(TOKEN_KEY);

    /** A request to the service with the token; resolves to the response, whatever its status. */
    function call(path) {
        return fetch(path, {headers: {"Access-Token": token()}, cache: "no-store"});
    }

    // --- Formats -------------------------------------------------------------------------------------

    const count = (value) => NUMBER.format(value);
    const rate = (value) => value === null ? "no messages" : RATE.format(value) + "%";
    const cardValue = (metric, value) => metric === "success_rate" ? rate(value) : count(value);

    function offsetLabel(seconds) {
        const sign = seconds < 0 ? "\u2212" : "+";
        const minutes = Math.abs(seconds) / 60;
        return "UTC" + sign + String(Math.floor(minutes / 60)).padStart(2, "0") + ":" + String(minutes % 60).padStart(2, "0");
    }

    /** A date as the contract writes it, dd/mm/yyyy, from a Date read in UTC. */
    function contractDate(date) {
        return String(date.getUTCDate()).padStart(2, "0") + "/" + String(date.getUTCMonth() + 1).padStart(2, "0")
            + "/" + date.getUTCFullYear();
    }

    /** An instant as read at the caller's offset, to the nearest minute, as a Date whose UTC fields are local. */
    const local = (epochSeconds, offset) => new Date(Math.round((epochSeconds + offset) / 60) * 60000);

    const clock = (date) => String(date.getUTCHours()).padStart(2, "0") + ":" + String(date.getUTCMinutes()).padStart(2, "0");

    // --- Errors in plain words --------------------------------------------------------------------------

    const PARAMETER_NAMES = [[/from_date/g, "From date"], [/to_date/g, "To date"], [/utc_offset/g, "UTC offset"]];

    function plain(message) {
        return PARAMETER_NAMES.reduce((text, [name, words]) => text.replace(name, words), message || "");
    }

    function retryIn(response) {
        const seconds = Number(response.headers.get("Retry-After"));
        return seconds > 0 ? " Try again in " + seconds + (seconds === 1 ? " second." : " seconds.") : " Try again shortly.";
    }

    /** What a failed answer means for the person looking at the page. */
    async function explain(response) {
        let message = "";
        try {
            message = (await response.json()).error || "";
        } catch (unreadable) {
            // Not our JSON (a proxy's page, say): the status alone must do.
        }
        const why = message ? " (" + message + ")" : "";
        switch (response.status) {
            case 401:
                return "Your access token was not accepted: it may be mistyped, or it has been replaced by a newer one. "
                    + "Sign in again with your current token.";
            case 404:
                return "This agent does not exist, or your access token may not view it. "
                    + "Choose another agent, or ask an administrator for access.";
            case 422:
                return "Check the period: " + plain(message) + ".";
            case 429:
                return "Too many requests for now" + why + "." + retryIn(response);
            case 502:
                return "The platform that hosts this agent answered with an error, so its usage cannot be shown"
                    + (message ? ": " + message : "") + ".";
            case 503:
                return "The usage cannot be fetched right now" + why + "." + retryIn(response);
            case 504:
                return "The platform that hosts this agent did not answer in time. Try again in a moment.";
            default:
                return "Something went wrong (HTTP " + response.status + ")" + why + ".";
        }
    }

    const UNREACHABLE = "The service could not be reached. Check your connection, then try again.";

    function say(element, text) {
        element.textContent = text;
        element.hidden = !text;
    }

    /** The status line, which screen readers announce; `unseen` keeps it off the screen where it repeats the page. */
    function announce(text, unseen) {
        $("status").textContent = text;
        $("status").classList.toggle("visually-hidden", Boolean(unseen));
    }

    // --- Signing in and out -------------------------------------------------------------------------------

    function showSignIn(error) {
        $("dashboard").hidden = true;
        $("sign-out").hidden = true;
        $("sign-in").hidden = false;
        say($("sign-in-error"), error || "");
        $("token").focus();
    }

    async function signIn(event) {
        event.preventDefault();
        const entered = $("token").value.trim();
        if (!entered) {
            say($("sign-in-error"), "Enter your access token.");
            return;
        }
        sessionStorage.setItem(TOKEN_KEY, entered);
        $("token").value = "";
        say($("sign-in-error"), "");
        await openDashboard(true);
    }

    function signOut() {
        sessionStorage.removeItem(TOKEN_KEY);
        clearReport();
        $("agent").replaceChildren();
        say($("report-error"), "");
        announce("Signed out.", true);
        showSignIn("");
    }

    /** Fetches the agents the token may view; on success shows the dashboard and the first agent's report. */
    async function openDashboard(justSignedIn) {
        setBusy(true);
        let response;
        try {
            response = await call("/dashboard/api/agents");
        } catch (unreachable) {
            showSignIn(UNREACHABLE);
            return;
        } finally {
            setBusy(false);
        }
        if (!response.ok) {
            // Without its agents the dashboard has nothing to offer: back to signing in, saying why.
            const reason = response.status === 401 && justSignedIn
                ? "That access token was not accepted. Check it and try again." : await explain(response);
            sessionStorage.removeItem(TOKEN_KEY);
            showSignIn(reason);
            return;
        }
        const agents = (await response.json()).agents;
        if (!token()) {
            return; // signed out meanwhile
        }
        $("sign-in").hidden = true;
        $("dashboard").hidden = false;
        $("sign-out").hidden = false;
        $("agent").replaceChildren(...agents.map((agent) => {
            const option = document.createElement("option");
            option.value = agent.id;
            option.textContent = agent.name + " (" + agent.id + ")";
            return option;
        }));
        if (agents.length === 0) {
            clearReport();
            announce("This access token may not view any agent yet: ask an administrator to grant it "
                + "view permission on one.");
            return;
        }
        $("agent").focus();
        await showReport();
    }

    // --- The period ----------------------------------------------------------------------------------------

    function fillOffsets() {
        const own = -new Date().getTimezoneOffset() * 60;
        const offsets = [];
        for (let seconds = -43200; seconds <= 50400; seconds += 900) {
            offsets.push(seconds);
        }
        if (!offsets.includes(own)) {
            offsets.push(own);
            offsets.sort((a, b) => a - b);
        }
        $("utc-offset").replaceChildren(...offsets.map((seconds) => {
            const option = new Option(offsetLabel(seconds), String(seconds));
            option.selected = seconds === own;
            return option;
        }));
    }

    /** usage.json's defaults: to today at the chosen offset, from three days before. */
    function fillDefaultDates() {
        const offset = Number($("utc-offset").value);
        const today = new Date(Date.now() + offset * 1000);
        const threeDaysBefore = new Date(today.getTime() - 3 * DAY_SECONDS * 1000);
        $("to-date").value = contractDate(today);
        $("from-date").value = contractDate(threeDaysBefore);
    }

    /** The native calendar, opened from a button, writes its choice into the dd/mm/yyyy field beside it. */
    function wireCalendars() {
        document.querySelectorAll(".calendar").forEach((button) => {
            const text = $(button.dataset.date);
            const picker = button.nextElementSibling;
            button.addEventListener("click", () => {
                const parts = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text.value.trim());
                picker.value = parts ? parts[3] + "-" + parts[2] + "-" + parts[1] : "";
                try {
                    picker.showPicker();
                } catch (unsupported) {
                    text.focus(); // A browser without showPicker: the date is typed instead.
                }
            });
            picker.addEventListener("change", () => {
                const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(picker.value);
                if (parts) {
                    text.value = parts[3] + "/" + parts[2] + "/" + parts[1];
                }
                text.focus();
            });
        });
    }

    function chosen() {
        return {
            agent: $("agent").value,
            agentName: $("agent").selectedOptions[0].textContent,
            parameters: new URLSearchParams({
                from_date: $("from-date").value.trim(),
                to_date: $("to-date").value.trim(),
                utc_offset: $("utc-offset").value
            })
        };
    }

    // --- The report ------------------------------------------------------------------------------------------

    /** While the service is asked: a spinner on the status line, and no button to press twice. */
    function setBusy(busy) {
        $("main").setAttribute("aria-busy", String(busy));
        document.body.classList.toggle("loading", busy);
        document.querySelectorAll("#main button").forEach((button) => {
            button.disabled = busy;
        });
    }

    function clearReport() {
        $("report").hidden = true;
        if (chart) {
            chart.destroy();
            chart = null;
        }
        $("cards").replaceChildren();
        $("buckets").tBodies[0].replaceChildren();
        shown = null;
    }

    async function showReport(event) {
        if (event) {
            event.preventDefault();
        }
        const request = chosen();
        say($("report-error"), "");
        setBusy(true);
        announce("Loading the report of " + request.agentName + "\u2026");
        let response;
        try {
            response = await call("/dashboard/api/agents/" + encodeURIComponent(request.agent) + "/report?" + request.parameters);
        } catch (unreachable) {
            fail(UNREACHABLE);
            return;
        }
        if (!response.ok) {
            const reason = await explain(response);
            if (response.status === 401) {
                sessionStorage.removeItem(TOKEN_KEY);
                clearReport();
                setBusy(false);
                announce("");
                showSignIn(reason);
                return;
            }
            fail(reason);
            return;
        }
        const view = await response.json();
        if (!token()) {
            return; // signed out meanwhile
        }
        render(request, view);
        setBusy(false);
        announce("Showing " + request.agentName + ", " + view.period.from_date + " to " + view.period.to_date + ".", true);
    }

    function fail(reason) {
        clearReport();
        setBusy(false);
        announce("");
        say($("report-error"), reason);
    }

    function render(request, view) {
        shown = request;
        const period = view.period;
        $("report").hidden = false;
        $("period-summary").textContent = request.agentName + " \u00b7 " + period.from_date + " to " + period.to_date
            + " at " + offsetLabel(period.utc_offset) + ", compared with " + period.previous_from_date + " to "
            + period.previous_to_date;
        $("cards").replaceChildren(...view.cards.map(cardItem));
        renderTable(view.buckets, period.utc_offset);
        renderChart(view.buckets, period.utc_offset);
    }

    function cardItem(card) {
        const item = document.createElement("li");
        item.className = "card";
        item.dataset.metric = card.metric;
        const label = document.createElement("h3");
        label.className = "card-label";
        label.textContent = CARDS[card.metric];
        const value = document.createElement("p");
        value.className = "card-value";
        value.textContent = cardValue(card.metric, card.value);
        const change = document.createElement("p");
        change.className = "card-change " + tone(card);
        change.textContent = changeText(card.change);
        const previous = document.createElement("p");
        previous.className = "card-previous";
        previous.textContent = "previously " + cardValue(card.metric, card.previous);
        item.append(label, value, change, previous);
        return item;
    }

    function changeText(change) {
        if (change === null) {
            return "no comparison";
        }
        if (change.direction === "same") {
            return "\u25ac no change";
        }
        const arrow = change.direction === "up" ? "\u25b2 up " : "\u25bc down ";
        return arrow + (change.percent === null ? "from none" : PERCENT_CHANGE.format(Math.abs(change.percent)) + "%");
    }

    /** Green for a change for the better, red for the worse: more unhandled messages is worse, more sessions better. */
    function tone(card) {
        if (card.change === null || card.change.direction === "same") {
            return "neutral";
        }
        return (card.change.direction === "up") === card.rising_is_good ? "better" : "worse";
    }

    /** Slices that all begin at midnight are whole days, named by their dates; others need their times too. */
    const slicesHaveTimes = (buckets, offset) => buckets.some((bucket) => clock(local(bucket.start_time, offset)) !== "00:00");

    /** A slice from its start to its end: with times, the end is where the next slice starts; else its last day. */
    function sliceLabel(bucket, offset, withTime) {
        const start = local(bucket.start_time, offset);
        const end = local(bucket.end_time, offset);
        if (withTime) {
            return contractDate(start) + " " + clock(start) + " \u2013 " + contractDate(end) + " " + clock(end);
        }
        const lastDay = contractDate(new Date(end.getTime() - 1000));
        return contractDate(start) === lastDay ? lastDay : contractDate(start) + " \u2013 " + lastDay;
    }

    /** The chart's axis names where each slice starts, briefly: dd/mm, and the time where slices need it. */
    function sliceStart(bucket, offset, withTime) {
        const start = local(bucket.start_time, offset);
        const dayMonth = contractDate(start).slice(0, 5);
        return withTime ? dayMonth + "\n" + clock(start) : dayMonth;
    }

    function renderTable(buckets, offset) {
        const withTime = slicesHaveTimes(buckets, offset);
        $("buckets-caption").textContent = "Each ninth of the period, at " + offsetLabel(offset);
        $("buckets").tBodies[0].replaceChildren(...buckets.map((bucket) => {
            const row = document.createElement("tr");
            const slice = document.createElement("th");
            slice.scope = "row";
            slice.textContent = sliceLabel(bucket, offset, withTime);
            row.append(slice, ...[count(bucket.sessions), count(bucket.messages), count(bucket.successful),
                count(bucket.unhandled), count(bucket.ambiguous), count(bucket.interventions), rate(bucket.success_rate)]
                .map((text) => {
                    const cell = document.createElement("td");
                    cell.textContent = text;
                    return cell;
                }));
            return row;
        }));
    }

    // --- The chart ------------------------------------------------------------------------------------------

    /**
     * Messages stacked by outcome: each series is drawn as a bar from zero to the running total, the tallest
     * first, so the later, shorter bars cover it from below. The legend shows each series' own count.
     */
    function renderChart(buckets, offset) {
        if (chart) {
            chart.destroy();
        }
        const withTime = slicesHaveTimes(buckets, offset);
        const indexes = buckets.map((bucket, index) => index);
        const own = (field) => buckets.map((bucket) => bucket[field]);
        const stacked = {
            unhandled: buckets.map((b) => b.successful + b.ambiguous + b.unhandled),
            ambiguous: buckets.map((b) => b.successful + b.ambiguous),
            successful: own("successful")
        };
        const bars = uPlot.paths.bars({size: [0.6, 64], align: 0});
        const outcome = (label, field) => ({
            label: label,
            fill: COLORS[field],
            stroke: COLORS[field],
            width: 0,
            paths: bars,
            points: {show: false},
            value: (u, raw, series, index) => index === null ? "\u2013" : count(buckets[index][field])
        });
        const element = $("chart");
        chart = new uPlot({
            width: Math.max(element.clientWidth, 320),
            height: 320,
            padding: [16, 8, 0, 8],
            cursor: {points: {show: false}, drag: {x: false, y: false}, y: false},
            legend: {live: true},
            scales: {
                x: {time: false, range: [-0.5, buckets.length - 0.5]},
                y: {range: (u, min, max) => uPlot.rangeNum(0, Math.max(max, 1), 0.1, true)},
                rate: {range: [0, 100]}
            },
            axes: [
                {
                    splits: () => indexes,
                    values: (u, splits) => splits.map((index) => index in buckets ? sliceStart(buckets[index], offset, withTime) : ""),
                    grid: {show: false},
                    size: withTime ? 52 : 36
                },
                {values: (u, splits) => splits.map(count), size: 64, label: "Messages", labelSize: 20},
                {
                    scale: "rate",
                    side: 1,
                    values: (u, splits) => splits.map((v) => v + "%"),
                    grid: {show: false},
                    size: 52,
                    label: "Success rate",
                    labelSize: 20
                }
            ],
            series: [
                {label: "Slice", value: (u, raw) => raw === null ? "point at a bar" : sliceLabel(buckets[raw], offset, withTime)},
                outcome("Unhandled", "unhandled"),
                outcome("Ambiguous", "ambiguous"),
                outcome("Successful", "successful"),
                {
                    label: "Success rate",
                    scale: "rate",
                    stroke: COLORS.rate,
                    width: 2,
                    points: {show: true, size: 7, fill: COLORS.rate},
                    value: (u, raw) => raw === null ? "\u2013" : rate(raw)
                }
            ]
        }, [indexes, stacked.unhandled, stacked.ambiguous, stacked.successful, own("success_rate")], element);
        performance.mark("agent-usage:chart-drawn");
    }

    /** The chart follows the page's width; other changes of the window leave it, and what it points at, alone. */
    function resizeChart() {
        const width = Math.max($("chart").clientWidth, 320);
        if (chart && chart.width !== width) {
            chart.setSize({width: width, height: 320});
        }
    }

    // --- Downloads ---------------------------------------------------------------------------------------------

    /** The report exactly as the REST API serves it to callers, fetched with the header and saved from memory. */
    async function download(extension) {
        if (!shown) {
            return;
        }
        say($("report-error"), "");
        let response;
        try {
            response = await call("/bots/analytics/" + encodeURIComponent(shown.agent) + "/usage." + extension + "?" + shown.parameters);
        } catch (unreachable) {
            say($("report-error"), UNREACHABLE);
            return;
        }
        if (!response.ok) {
            say($("report-error"), await explain(response));
            return;
        }
        const link = document.createElement("a");
        link.href = URL.createObjectURL(await response.blob());
        link.download = "usage-" + shown.agent + "-" + shown.parameters.get("from_date").replaceAll("/", "-") + "-to-"
            + shown.parameters.get("to_date").replaceAll("/", "-") + "." + extension;
        document.body.append(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    }

    // --- Start ---------------------------------------------------------------------------------------------------

    fillOffsets();
    fillDefaultDates();
    wireCalendars();
    $("sign-in-form").addEventListener("submit", signIn);
    $("sign-out").addEventListener("click", signOut);
    $("report-form").addEventListener("submit", showReport);
    $("download-json").addEventListener("click", () => download("json"));
    $("download-csv").addEventListener("click", () => download("csv"));
    window.addEventListener("resize", resizeChart);
    if (token()) {
        openDashboard(false);
    } else {
        showSignIn("");
    }
})();
