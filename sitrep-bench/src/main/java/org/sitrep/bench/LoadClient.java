package org.sitrep.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load of {@code sitrep bench-api}, run as its own process: CLIENTS threads, each sending GET requests for
 * paths drawn from a file to a server for SECONDS, one after the other. Prints one line:
 * {@code requests N errors E p50 X p99 Y max Z} (milliseconds), then the first error seen, if any.
 */
public final class LoadClient {
    private LoadClient() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int clients = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        List<String> paths = Files.readAllLines(Path.of(args[3]));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        String[] firstError = new String[1];
        List<double[]> perThread = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            double[][] mine = {new double[1 << 12]};
            int[] n = {0};
            Random r = new Random(c);
            Thread t = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    String path = paths.get(r.nextInt(paths.size()));
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> resp = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                                .GET().build(), HttpResponse.BodyHandlers.ofString());
                        if (resp.statusCode() != 200) {
                            errors.incrementAndGet();
                            synchronized (firstError) {
                                if (firstError[0] == null) {
                                    firstError[0] = resp.statusCode() + " " + path + " " + resp.body();
                                }
                            }
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        synchronized (firstError) {
                            if (firstError[0] == null) {
                                firstError[0] = e + " " + path;
                            }
                        }
                    }
                    if (n[0] == mine[0].length) {
                        mine[0] = Arrays.copyOf(mine[0], n[0] * 2);
                    }
                    mine[0][n[0]++] = (System.nanoTime() - t0) / 1e6;
                }
                synchronized (perThread) {
                    perThread.add(Arrays.copyOf(mine[0], n[0]));
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double[] all = perThread.stream().flatMapToDouble(Arrays::stream).sorted().toArray();
        System.out.printf(Locale.ROOT, "requests %d errors %d p50 %.2f p99 %.2f max %.2f%n", all.length, errors.get(),
                Latencies.p50(all), Latencies.p99(all),
                all.length == 0 ? 0 : all[all.length - 1]);
        if (firstError[0] != null) {
            System.out.println("first error: " + firstError[0].substring(0, Math.min(300, firstError[0].length())));
        }
    }
}
