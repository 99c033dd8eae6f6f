# Converts the publishers' files into data/<st>.ts (run once; see docs/SALES-TAX.md, "Jurisdictions and rates").
# Inputs in the working directory: <ST>-202512.csv (Avalara TAXRATES_ZIP5 December 2025, from
# github.com/sziegler68/Grocery_Sale_Price_Evaluator) and <ST>-tru.json (github.com/mrpartnerai/taxrates-us
# src/data/zip-rates/<st>-zip-rates.json @ e2c8fe2). Kept so the shipped tables can be rebuilt and reviewed.
import csv, json, sys
from decimal import Decimal as D, ROUND_HALF_UP
OUT='/work/main/server/src/engines/sales-tax/jurisdictions/data'
STATES="TX CA NY FL GA CO WA AZ NC NJ IL OK".split()
def fmt(d):
    d=D(d)
    if d==0: return '0'
    s=format(d.normalize(),'f')
    return s[1:] if s.startswith('0.') else s   # ".0625" saves a byte
def r5(d): return D(d).quantize(D('0.00001'),rounding=ROUND_HALF_UP)
stats={}
for st in STATES:
    A={}; fixes=0
    for r in csv.DictReader(open(f'{st}-202512.csv')):
        z=r['ZipCode'].zfill(5); name=r['TaxRegionName'].strip()
        assert ',' not in name and '\n' not in name
        s,co,ci,sp,comb=(D(r[k]) for k in ['StateRate','EstimatedCountyRate','EstimatedCityRate','EstimatedSpecialRate','EstimatedCombinedRate'])
        if s+co+ci+sp!=comb:
            # publisher's parts miss its combined by a rounding residual (0.043499 for 0.0435): put it in the city part
            assert abs(s+co+ci+sp-comb)<D('0.00001'),(st,z)
            ci=comb-s-co-sp; fixes+=1
        A[z]=dict(name=name,s=s,co=co,ci=ci,sp=sp,risk=int(r['RiskLevel'] or 0))
    B={}
    for z,e in json.load(open(f'{st}-tru.json')).items():
        B[z.zfill(5)]=dict(name=e['n'].strip(),s=D(str(e.get('s',0))),co=D(str(e.get('co',0))),ci=D(str(e.get('ci',0))),sp=D(str(e.get('sp',0))),comb=D(str(e['r'])))
    crosses={z for z in A if (z in B and B[z]['name']!=A[z]['name']) or A[z]['risk']>1}
    def line(z,row,flag):
        return ','.join([z,row['name'],fmt(row['s']),fmt(row['co']),fmt(row['ci']),fmt(row['sp'])]+(['X'] if flag else []))
    full=[line(z,A[z],z in crosses) for z in sorted(A)]
    delta=[]; changed_rate=0; renamed=0
    for z in sorted(set(A)|set(B)):
        if z not in B: delta.append(f'{z},-'); continue
        b=B[z]
        if z in A:
            a=A[z]; row=dict(a)
            for k in ['s','co','ci','sp']:
                if r5(a[k])!=b[k]: row[k]=b[k]
            # keep the parts summing to B's combined where B only rounded A's parts
            if sum(row[k] for k in ['s','co','ci','sp'])!=b['comb']:
                row={k:b[k] for k in ['s','co','ci','sp']}
            row['name']=b['name']
            same_rates=all(row[k]==a[k] for k in ['s','co','ci','sp'])
            if same_rates and row['name']==a['name']: continue
            if not same_rates: changed_rate+=1
            else: renamed+=1
        else:
            row={k:b[k] for k in ['s','co','ci','sp']}; row['name']=b['name']
        delta.append(line(z,row,z in crosses))
    stats[st]=dict(zips=len(A),zipsB=len(B),residualFixes=fixes,rateChanges=changed_rate,renamed=renamed,crosses=len(crosses),delta=len(delta))
    lo=st.lower()
    src=f'''import type {{ RateTableSource }} from '../tables.js';
import {{ AVALARA_2025_12, TAXRATES_US_2026_01 }} from './sources.js';

/**
 * {st} ZIP rate table: Avalara's free TAXRATES_ZIP5_{st}202512.csv in full ({len(A)} ZIPs), then the
 * January 2026 table as a delta ({len(delta)} ZIPs: {changed_rate} with a changed rate, {renamed} renamed
 * only, {sum(1 for d in delta if d.endswith(',-'))} dropped). Generated from the files named in sources.ts; do not edit by hand.
 * Line: zip,region,stateRate,countyRate,cityRate,specialRate[,X = ZIP crosses jurisdiction lines].
 */
export const {st}_TABLES: readonly RateTableSource[] = [
  {{
    ...AVALARA_2025_12,
    id: 'avalara-zip5/{st}/2025-12',
    state: '{st}',
    source: `${{AVALARA_2025_12.source}} (TAXRATES_ZIP5_{st}202512.csv)`,
    kind: 'full',
    rows: `
{chr(10).join(full)}
`,
  }},
  {{
    ...TAXRATES_US_2026_01,
    id: 'avalara-zip5/{st}/2026-01',
    state: '{st}',
    source: `${{TAXRATES_US_2026_01.source}} ({lo}-zip-rates.json)`,
    kind: 'delta',
    rows: `
{chr(10).join(delta)}
`,
  }},
];
'''
    open(f'{OUT}/{lo}.ts','w').write(src)
json.dump(stats,open('stats.json','w'),indent=1)
for k,v in stats.items(): print(k,v)
