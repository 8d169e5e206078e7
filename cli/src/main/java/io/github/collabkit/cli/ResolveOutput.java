package io.github.collabkit.cli;

import io.github.collabkit.csv.CsvWriter;
import io.github.collabkit.index.Candidate;
import io.github.collabkit.index.Resolution;
import io.github.collabkit.model.Identifier;
import io.github.collabkit.model.IdentifierScheme;
import io.github.collabkit.model.Organization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/** Writes resolved rows as CSV (with a header) or as NDJSON (one object a line), with the same fields. */
abstract class ResolveOutput {
  protected final Writer out;

  ResolveOutput(Writer out) {
    this.out = out;
  }

  static ResolveOutput csv(Writer out) {
    return new Csv(out);
  }

  static ResolveOutput ndjson(Writer out) {
    return new Ndjson(out);
  }

  void header() throws IOException {
  }

  abstract void write(ResolveCommand.Row row) throws IOException;

  /** The fields of a row, in the order of {@link ResolveCommand#COLUMNS}, as text. */
  static List<String> fields(ResolveCommand.Row row) {
    Resolution r = row.resolution();
    Organization o = r.organization().orElse(null);
    Candidate top = r.top().orElse(null);
    Candidate candidate = r.isResolved() ? null : top;
    Candidate second = r.runnerUp().orElse(null);
    List<String> f = new ArrayList<>(ResolveCommand.COLUMNS.size());
    f.add(Long.toString(row.line()));
    f.add(row.input());
    f.add(r.status().code());
    f.add(o == null ? "" : o.key());
    f.add(o == null ? "" : o.identifier(IdentifierScheme.ROR).map(Identifier::value).orElse(""));
    f.add(o == null ? "" : o.identifiers().stream().map(i -> i.scheme().code() + ":" + i.value())
        .collect(Collectors.joining(" ")));
    f.add(o == null ? "" : o.displayName());
    f.add(top == null ? "" : score(top.score()));
    f.add(candidate == null ? "" : candidate.organization().key());
    f.add(candidate == null ? "" : candidate.organization().displayName());
    f.add(second == null ? "" : second.organization().key());
    f.add(second == null ? "" : second.organization().displayName());
    f.add(second == null ? "" : score(second.score()));
    f.add(r.named().stream().map(c -> c.organization().key()).collect(Collectors.joining(" ")));
    f.add(r.reason());
    return f;
  }

  static String score(double score) {
    return String.format(Locale.ROOT, "%.3f", score);
  }

  private static final class Csv extends ResolveOutput {
    private final CsvWriter csv;

    Csv(Writer out) {
      super(out);
      this.csv = new CsvWriter(out);
    }

    @Override
    void header() throws IOException {
      csv.write(ResolveCommand.COLUMNS);
    }

    @Override
    void write(ResolveCommand.Row row) throws IOException {
      csv.write(fields(row));
    }
  }

  private static final class Ndjson extends ResolveOutput {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    Ndjson(Writer out) {
      super(out);
    }

    @Override
    void write(ResolveCommand.Row row) throws IOException {
      List<String> f = fields(row);
      try (JsonGenerator g = MAPPER.createGenerator(new NonClosing(out))) {
        g.writeStartObject();
        for (int i = 0; i < f.size(); i++) {
          String name = ResolveCommand.COLUMNS.get(i);
          String v = f.get(i);
          if (name.equals("line")) {
            g.writeNumberProperty(name, row.line());
          } else if (name.equals("identifiers") || name.equals("named")) {
            g.writeArrayPropertyStart(name);
            for (String id : v.isEmpty() ? new String[0] : v.split(" ")) {
              g.writeString(id);
            }
            g.writeEndArray();
          } else if (name.endsWith("score") && !v.isEmpty()) {
            g.writeNumberProperty(name, Double.parseDouble(v));
          } else if (!v.isEmpty() || name.equals("input") || name.equals("status")) {
            g.writeStringProperty(name, v);
          }
        }
        g.writeEndObject();
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      out.write('\n');
    }
  }

  /** Lets a generator write to the shared writer without closing it. */
  private static final class NonClosing extends java.io.FilterWriter {
    NonClosing(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
