package io.github.collabkit.benchmarks.peer;

import io.github.collabkit.benchmarks.data.IndexKey;
import io.github.collabkit.model.Identifier;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Apache Lucene 9 in memory ({@code ByteBuffersDirectory}), one document per organization.
 *
 * <p>Field {@code name} holds every name, analyzed by {@code StandardTokenizer}, {@code
 * LowerCaseFilter} and {@code ASCIIFoldingFilter} (the folding collabkit applies); field {@code
 * exact} holds each whole name's {@link IndexKey} as one term, for exact lookups and prefixes;
 * fields {@code key} and {@code id} hold the key and each {@code scheme:value} identifier as terms. Resolution is a
 * {@code BooleanQuery} of one clause per query token, a {@code FuzzyQuery} of one edit for tokens of
 * five letters or more and a {@code TermQuery} otherwise, at least two of which must match (one for
 * one-token queries), ranked by BM25; the top document is the answer. The fuzzy queries keep
 * Lucene's defaults (prefix length 0, 50 expansions), as Elasticsearch's {@code match} query with
 * {@code fuzziness} does; long affiliation strings make many of them, which is what makes this peer
 * slow on them. The index is merged to one segment, so a document id is the organization's
 * position; the query cache is off, as every query differs.
 */
final class LucenePeer implements OrganizationLookup, Resolver {
  private static final int FUZZY_MIN_LENGTH = 5;

  private final List<Organization> organizations;
  private final Analyzer analyzer = new FoldingAnalyzer();
  private final IndexSearcher searcher;

  LucenePeer(Landscape landscape) {
    organizations = landscape.organizations();
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    IndexWriterConfig config = new IndexWriterConfig(analyzer).setMergePolicy(new LogByteSizeMergePolicy());
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (Organization o : organizations) {
        Document document = new Document();
        document.add(new StringField("key", o.key(), Field.Store.NO));
        for (Identifier id : o.identifiers()) {
          document.add(new StringField("id", id.scheme().code() + ':' + id.value(), Field.Store.NO));
        }
        for (Name name : o.names()) {
          document.add(new TextField("name", name.value(), Field.Store.NO));
          document.add(new StringField("exact", IndexKey.of(name.value()), Field.Store.NO));
        }
        writer.addDocument(document);
      }
      writer.forceMerge(1);
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      searcher = new IndexSearcher(DirectoryReader.open(directory));
      // Every query here is different: the query cache only adds its bookkeeping (2-3x on a TermQuery).
      searcher.setQueryCache(null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Standard tokenizer, lower case, ASCII folding. */
  static final class FoldingAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer tokenizer = new StandardTokenizer();
      TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
      return new TokenStreamComponents(tokenizer, stream);
    }
  }

  @Override
  public Organization byKey(OrganizationRef key) {
    TopDocs top = search(new TermQuery(new Term("key", key.key())), 1);
    return top.scoreDocs.length == 0 ? null : organizations.get(top.scoreDocs[0].doc);
  }

  @Override
  public Organization byIdentifier(Identifier identifier) {
    TopDocs top = search(new TermQuery(new Term("id", identifier.scheme().code() + ':' + identifier.value())), 1);
    return top.scoreDocs.length == 0 ? null : organizations.get(top.scoreDocs[0].doc);
  }

  @Override
  public List<Organization> byName(String name) {
    return organizations(search(new TermQuery(new Term("exact", IndexKey.of(name))), 16));
  }

  @Override
  public List<Organization> complete(String prefix, int limit) {
    return organizations(search(new PrefixQuery(new Term("exact", IndexKey.of(prefix))), limit));
  }

  @Override
  public OrganizationRef resolve(String text) {
    List<String> tokens = tokens(text);
    if (tokens.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String token : tokens) {
      Term term = new Term("name", token);
      query.add(token.length() >= FUZZY_MIN_LENGTH ? new FuzzyQuery(term, 1) : new TermQuery(term),
          BooleanClause.Occur.SHOULD);
    }
    query.setMinimumNumberShouldMatch(Math.min(2, tokens.size()));
    TopDocs top = search(query.build(), 1);
    return top.scoreDocs.length == 0 ? null : organizations.get(top.scoreDocs[0].doc).ref();
  }

  private TopDocs search(Query query, int n) {
    try {
      return searcher.search(query, n);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<Organization> organizations(TopDocs top) {
    List<Organization> result = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc doc : top.scoreDocs) {
      result.add(organizations.get(doc.doc));
    }
    return result;
  }

  private List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("name", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }
}
