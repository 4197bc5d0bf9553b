// The same checks as example-project, against both of the README's tables.
expectedTables = ['main', 'includeTests']
evaluate(new File(basedir, '../example-project/verify.groovy'))
