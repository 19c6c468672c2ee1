package vn.sonla.ntm.criteria.config;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

import vn.sonla.ntm.rules.document.ThresholdDocument;

/**
 * Keeps the exchange format to the record components of criteria-rules' documents. Jackson would also write
 * {@link ThresholdDocument#isDefined()} as a property {@code defined}, which the same format then refuses on import
 * (unknown fields are refused): export → import would fail. criteria-rules is plain Java without Jackson, so the
 * rule is stated here; a {@code defined} in an incoming document is accepted and ignored.
 */
@Singleton
public class ExchangeFormatJson implements ObjectMapperCustomizer {

    @JsonIgnoreProperties("defined")
    interface ThresholdDocumentFields {
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.addMixIn(ThresholdDocument.class, ThresholdDocumentFields.class);
    }
}
