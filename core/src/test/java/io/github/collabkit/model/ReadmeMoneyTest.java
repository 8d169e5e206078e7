package io.github.collabkit.model;

import io.github.collabkit.csv.CsvExport;
import io.github.collabkit.csv.CsvTable;
import io.github.collabkit.testing.ReadmeRegions;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The README's money example, compiled and run: its code and what it prints must be the README's. */
class ReadmeMoneyTest {
  private static final String SELF = "src/test/java/io/github/collabkit/model/ReadmeMoneyTest.java";

  static void example() {
    // money:start
    Funding grant = Funding.builder()
        .funder(OrganizationRef.of("zonmw"))                  // an organization of the landscape
        .programme(LocalizedText.enNl("Open Competition", "Open Competitie"))
        .code("09120012010061")                               // the grant number, as written
        .amount(Money.of(new BigDecimal("750000.00"), "EUR")) // exact decimal, ISO 4217 currency
        .period(Period.between(PartialDate.ofYear(2021), PartialDate.ofYear(2025)))
        .build();
    Organization network = Organization.builder().ref(OrganizationRef.of("inserm-abroad-network"))
        .addName(Name.of("Inserm Abroad Network", "en", NameKind.DISPLAY))
        .addType(OrganizationType.CONSORTIUM)
        .addFigure(Quantity.of(QuantityQualifier.EXACT, 9, "researchers"))
        .build();
    Partnership consortium = Partnership.builder().ref(PartnershipRef.of("example-consortium"))
        .title(LocalizedText.of("en", "Example consortium"))
        .kind(PartnershipKind.CONSORTIUM)
        .addParty(Participation.of(OrganizationRef.of("lumc"), PartyRole.LEAD))
        .addParty(Participation.of(network.ref(), PartyRole.PARTNER))
        .addFunding(grant)
        .build();
    System.out.println(grant.amount().orElseThrow());         // EUR 750000.00
    CsvExport csv = CsvExport.of(Landscape.builder().name("example")
        .addOrganization(network).addPartnership(consortium).build());
    System.out.println(csv.rows(CsvTable.PARTNERSHIPS).get(0).get(CsvTable.PARTNERSHIPS.columns().indexOf("fundings")));
    System.out.println(csv.rows(CsvTable.ORGANIZATIONS).get(0).get(CsvTable.ORGANIZATIONS.columns().indexOf("figures")));
    // money:end
  }

  @Test
  void readmeShowsThisCode() {
    ReadmeRegions.assertReadmeShowsCode(SELF, "money");
  }

  @Test
  void readmeShowsWhatItPrints() {
    ReadmeRegions.assertReadmeShowsOutput("money", ReadmeMoneyTest::example);
  }
}
