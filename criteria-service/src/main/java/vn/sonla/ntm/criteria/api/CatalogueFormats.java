package vn.sonla.ntm.criteria.api;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import vn.sonla.ntm.rules.document.CriteriaSetDocument;

/**
 * The exchange document as JSON and YAML, written and read with the application's own JSON settings (ISO dates,
 * unknown fields refused), so the two formats carry exactly the same content.
 */
@ApplicationScoped
public class CatalogueFormats {

    @Inject
    ObjectMapper json;

    private ObjectMapper yaml;

    @PostConstruct
    void init() {
        yaml = json.copyWith(YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build());
    }

    public CriteriaSetDocument readYaml(String text) throws JsonProcessingException {
        return yaml.readValue(text, CriteriaSetDocument.class);
    }

    public String writeYaml(CriteriaSetDocument document) throws JsonProcessingException {
        return yaml.writeValueAsString(document);
    }

    public String writeJson(CriteriaSetDocument document) throws JsonProcessingException {
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(document);
    }
}
