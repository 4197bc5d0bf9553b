// One SARIF file per module, each run named after its module and holding only that module's finding.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('thread count of 2')

def runs = ['mail-core', 'mail-gateway'].collectEntries { module ->
    def sarif = new File(basedir, "${module}/target/smtp-lint/smtp-lint.sarif")
    assert sarif.isFile(): "no SARIF report for ${module}"
    [(module): new JsonSlurper().parse(sarif).runs]
}
runs.each { module, moduleRuns ->
    assert moduleRuns.size() == 1
    assert moduleRuns[0].automationDetails.id.contains(module)
    // Locations are relative to the reactor root, so one upload covers every module.
    def uris = moduleRuns[0].results.collect { it.locations[0].physicalLocation.artifactLocation.uri }
    assert uris.size() == 1 && uris[0].startsWith("${module}/src/main/java/")
}
assert runs['mail-core'][0].automationDetails.id != runs['mail-gateway'][0].automationDetails.id
assert runs['mail-core'][0].results[0].ruleId == 'MeaningMismatch'
assert runs['mail-gateway'][0].results[0].ruleId == 'UnknownEnhancedStatus'
