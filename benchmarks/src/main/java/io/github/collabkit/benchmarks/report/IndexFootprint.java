package io.github.collabkit.benchmarks.report;

import io.github.collabkit.benchmarks.data.Landscapes;
import io.github.collabkit.benchmarks.peer.NameLookup;
import io.github.collabkit.benchmarks.peer.Peer;
import io.github.collabkit.graph.CollaborationNetwork;
import io.github.collabkit.index.OrganizationIndex;
import io.github.collabkit.match.ActionLineClassifier;
import io.github.collabkit.match.InfrastructureMatcher;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.OrganizationRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.openjdk.jol.info.GraphLayout;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures the heap each index retains beyond the landscape it indexes, per organization.
 *
 * <pre>{@code java -Djdk.attach.allowAttachSelf -Xmx12g -cp benchmarks/target/benchmarks.jar io.github.collabkit.benchmarks.report.IndexFootprint \
 *     benchmarks/results/footprint.json ror 100000 1000000}</pre>
 *
 * <p>Method: JOL's {@code GraphLayout} walks every object reachable from the index and the
 * landscape together and subtracts the size of every object reachable from the landscape alone
 * (organizations, names, strings the index shares with it), so the figure is what the index adds,
 * exactly, without an agent and without the noise of heap-used deltas. Only totals are kept, so one
 * walk at a time is in memory. Object sizes are the running JVM's (compressed pointers below 32 GB
 * of heap). The JSON file is rewritten after each index, so a run that runs out of memory keeps
 * what it measured.
 */
public final class IndexFootprint {
  private IndexFootprint() {}

  /**
   * Measures every index at each size and writes the figures as JSON.
   *
   * @param args the output file, then the sizes (default {@code 100000})
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    // JOL cannot read record fields' offsets through Unsafe; it finds them another way when told to.
    System.setProperty("jol.magicFieldOffset", System.getProperty("jol.magicFieldOffset", "true"));
    Path out = Path.of(args.length > 0 ? args[0] : "benchmarks/results/footprint.json");
    List<String> sizes = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("100000");
    List<String> only = List.of(System.getProperty("footprint.only", "").split(","));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String size : sizes) {
      Landscape landscape = Landscapes.get(size);
      int n = landscape.organizations().size();
      long bare = GraphLayout.parseInstance(landscape.withName(landscape.name() + "'")).totalSize();
      landscape.organization(OrganizationRef.of("lumc"));
      long withKeys = GraphLayout.parseInstance(landscape).totalSize();
      Map<String, Supplier<Object>> indexes = new LinkedHashMap<>();
      indexes.put("COLLABKIT organization index", () -> OrganizationIndex.of(landscape));
      indexes.put("COLLABKIT landscape key maps", () -> landscape);
      indexes.put("COLLABKIT collaboration network", () -> CollaborationNetwork.of(landscape));
      indexes.put("COLLABKIT infrastructure matcher", () -> InfrastructureMatcher.of(landscape));
      indexes.put("COLLABKIT action-line classifier", () -> ActionLineClassifier.of(landscape));
      indexes.put("HASH_MAP peer (key, identifier, name maps, TreeMap)", () -> Peer.HASH_MAP.create(NameLookup.class, landscape));
      indexes.put("LUCENE peer (ByteBuffersDirectory)", () -> Peer.LUCENE.create(NameLookup.class, landscape));
      for (Map.Entry<String, Supplier<Object>> e : indexes.entrySet()) {
        if (!only.get(0).isEmpty() && only.stream().noneMatch(e.getKey()::startsWith)) {
          continue;
        }
        long t0 = System.nanoTime();
        Object index = e.getValue().get();
        long bytes = index == landscape ? withKeys - bare
            : GraphLayout.parseInstance(index, landscape).totalSize() - withKeys;
        index = null;
        System.out.printf("%-55s %9s %,9d orgs %,14d bytes %,8d B/org (%.0f s)%n", e.getKey(), size, n, bytes,
            bytes / n, (System.nanoTime() - t0) / 1e9);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("index", e.getKey());
        row.put("landscape", size);
        row.put("organizations", n);
        row.put("bytes", bytes);
        rows.add(row);
        Files.createDirectories(out.toAbsolutePath().getParent());
        JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), rows);
      }
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), rows);
    System.out.println("wrote " + out);
  }
}
