import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An agent's usage, this period against the one before, with java.net.http, run as a source file:
 *
 *     java Usage.java AGENT_ID [FROM_DATE TO_DATE]
 *
 * AGENT_USAGE_TOKEN is your access token; AGENT_USAGE_URL is the service (http://localhost:8080 if unset).
 * Dates are dd/mm/yyyy; without them the service reports the three days before today and today (UTC).
 */
public class Usage {

    private static final String[][] FIELDS = {{"sessions", "session_count"}, {"messages", "messages_count"},
            {"success rate", "success_rate"}, {"unhandled", "unhandled_messages_count"},
            {"ambiguous", "ambiguous_messages_count"}, {"interventions", "interventions_count"}};

    public static void main(String[] args) throws Exception {
        String token = System.getenv("AGENT_USAGE_TOKEN");
        if (token == null || (args.length != 1 && args.length != 3)) {
            System.err.println("usage: AGENT_USAGE_TOKEN=... java Usage.java AGENT_ID [FROM_DATE TO_DATE]");
            System.exit(1);
        }
        String baseUrl = System.getenv().getOrDefault("AGENT_USAGE_URL", "http://localhost:8080");
        String period = args.length == 3 ? "?from_date=" + encoded(args[1]) + "&to_date=" + encoded(args[2]) : "";
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/bots/analytics/" + encoded(args[0])
                + "/usage.json" + period)).header("Access-Token", token).build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            System.err.println(response.statusCode() + ": " + field(response.body(), "error"));
            System.exit(1);
        }
        String current = object(response.body(), "aggregate_stats");
        String previous = object(response.body(), "previous_interval_stats");
        for (String[] field : FIELDS) {
            System.out.println(field[0] + ": " + shown(current, field[1]) + " (previous period: " + shown(previous, field[1]) + ")");
        }
    }

    private static String shown(String stats, String key) {
        String value = field(stats, key);
        if (!key.equals("success_rate")) {
            return value;
        }
        // null when there were no messages
        return value.equals("null") ? "-" : String.format(Locale.ROOT, "%.2f%%", Double.parseDouble(value));
    }

    // The JDK has no JSON parser; a real client would use Jackson or Jakarta JSON Processing. The two
    // summaries read here are flat objects of numbers, and the error a single string, so patterns will do.
    private static String object(String json, String name) {
        return match(json, "\"" + name + "\"\\s*:\\s*\\{([^}]*)}");
    }

    private static String field(String json, String key) {
        return match(json, "\"" + key + "\"\\s*:\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^,}\\s]+))");
    }

    private static String match(String json, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("unexpected answer: " + json);
        }
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
