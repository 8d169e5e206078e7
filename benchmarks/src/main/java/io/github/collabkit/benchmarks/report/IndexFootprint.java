package io.github.collabkit.benchmarks.report;

import io.github.collabkit.benchmarks.data.Landscapes;
import io.github.collabkit.benchmarks.peer.NameLookup;
import io.github.collabkit.benchmarks.peer.Peer;
import io.github.collabkit.graph.CollaborationNetwork;
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
 * <pre>{@code java -Xmx16g -cp benchmarks/target/benchmarks.jar io.github.collabkit.benchmarks.report.IndexFootprint \
 *     benchmarks/results/footprint.json 100000 1000000}</pre>
 *
 * <p>Method: JOL's {@code GraphLayout} walks every object reachable from the index and subtracts
 * every object reachable from the landscape (organizations, names, strings shared with it), so the
 * figure is what the index adds, exactly, without an agent and without the noise of heap-used deltas.
 * Object sizes are the running JVM's (compressed pointers below 32 GB of heap).
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
    Path out = Path.of(args.length > 0 ? args[0] : "benchmarks/results/footprint.json");
    List<String> sizes = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("100000");
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String size : sizes) {
      Landscape landscape = Landscapes.get(size);
      Landscape bare = landscape.withName(landscape.name() + "'");
      landscape.organization(OrganizationRef.of("lumc"));
      GraphLayout base = GraphLayout.parseInstance(bare);
      Map<String, Supplier<Object>> indexes = new LinkedHashMap<>();
      indexes.put("COLLABKIT landscape key maps", () -> landscape);
      indexes.put("COLLABKIT collaboration network", () -> CollaborationNetwork.of(landscape));
      indexes.put("COLLABKIT infrastructure matcher", () -> InfrastructureMatcher.of(landscape));
      indexes.put("COLLABKIT action-line classifier", () -> ActionLineClassifier.of(landscape));
      indexes.put("HASH_MAP peer (key, identifier, name maps, TreeMap)", () -> Peer.HASH_MAP.create(NameLookup.class, landscape));
      indexes.put("LUCENE peer (ByteBuffersDirectory)", () -> Peer.LUCENE.create(NameLookup.class, landscape));
      GraphLayout withKeys = GraphLayout.parseInstance(landscape);
      for (Map.Entry<String, Supplier<Object>> e : indexes.entrySet()) {
        Object index = e.getValue().get();
        GraphLayout layout = GraphLayout.parseInstance(index);
        long bytes = layout.subtract(index == landscape ? base : withKeys).totalSize();
        System.out.printf("%-55s %9s orgs %,14d bytes %,8d B/org%n", e.getKey(), size, bytes,
            bytes / Integer.parseInt(size));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("index", e.getKey());
        row.put("organizations", Integer.parseInt(size));
        row.put("bytes", bytes);
        rows.add(row);
      }
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), rows);
    System.out.println("wrote " + out);
  }
}
