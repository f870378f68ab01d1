import { writeFileSync } from 'node:fs'
import { headersFile, nginxConfig } from './security-headers'

writeFileSync('public/_headers', headersFile())
writeFileSync('deploy/nginx.conf', nginxConfig())
console.log('wrote public/_headers and deploy/nginx.conf')
