import { createCustomer, gql } from './lib/users.ts';
const url = 'http://127.0.0.1:34067/graphql';
const c = await gql(url, '{ company(slug: "turinova") { id } }');
const cust = await createCustomer(url, c.company.id, 'probe', Date.now() % 100000);
try { console.log(JSON.stringify(await gql(url, '{ quotes(first: 2) { edges { node { id } } } }', {}, cust.accessToken))); } catch (e) { console.log('quotes err', (e as Error).message); }
const t0 = Date.now();
try { console.log(JSON.stringify(await gql(url, 'query ($id: ID!) { company(id: $id) { materials(first: 2) { nodes { id } } } }', { id: c.company.id }, cust.accessToken)).slice(0, 200)); } catch (e) { console.log('browse err', (e as Error).message); }
console.log(Date.now() - t0, 'ms');
const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${cust.accessToken}` }, body: JSON.stringify({ query: 'query ($id: ID!) { company(id: $id) { materials(first: 2) { nodes { id } } } }', variables: { id: c.company.id } }) });
console.log(r.status, (await r.text()).slice(0, 500));
