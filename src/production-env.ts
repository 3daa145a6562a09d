// Imported first by the command line, before anything loads graphql: a command runs the way a
// deployed service does unless NODE_ENV says otherwise. graphql-js decides when it loads whether
// to run its development-time checks (its `instanceOf` alone took about a tenth of the CPU of the
// nested meetings query, `npm run bench:query`), and Pothos' unused-query check follows NODE_ENV.
process.env.NODE_ENV ??= "production";
